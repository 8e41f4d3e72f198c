<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
    <context>
        <name>@default</name>
        <message>
            <location filename="../ui/poi_review.py" line="114" />
            <source>Layer '{0}' has no field {1}: not a poimatch result.</source>
            <translation>Layer '{0}' hat kein Feld {1}: kein Ergebnis des POI-Abgleichs.</translation>
        </message>
        <message>
            <location filename="../ui/poi_review.py" line="215" />
            <source>Layer '{0}' cannot be edited.</source>
            <translation>Layer '{0}' kann nicht bearbeitet werden.</translation>
        </message>
        <message>
            <location filename="../ui/poi_review.py" line="223" />
            <source>Changes to '{0}' not saved: {1}</source>
            <translation>Änderungen an '{0}' nicht gespeichert: {1}</translation>
        </message>
        <message>
            <location filename="../ui/poi_review.py" line="245" />
            <source>Only register entries can be relinked to a POI of the new layer.</source>
            <translation>Nur Registereinträge können mit einem POI des Layers der neuen Einrichtungen neu verknüpft werden.</translation>
        </message>
        <message>
            <location filename="../ui/poi_review.py" line="410" />
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <location filename="../ui/poi_review.py" line="436" />
            <source>Choose a poimatch result.</source>
            <translation>Bitte ein Ergebnis des POI-Abgleichs wählen.</translation>
        </message>
        <message>
            <location filename="../ui/poi_review.py" line="459" />
            <source>{0} entries</source>
            <translation>{0} Einträge</translation>
        </message>
        <message>
            <location filename="../ui/poi_review.py" line="487" />
            <source>{0}: {1} → {2} (score {3}, {4} m). {5}</source>
            <translation>{0}: {1} → {2} (Score {3}, {4} m). {5}</translation>
        </message>
        <message>
            <location filename="../ui/poi_review.py" line="564" />
            <source>Export update list</source>
            <translation>Aktualisierungsliste exportieren</translation>
        </message>
        <message>
            <location filename="../ui/poi_review.py" line="574" />
            <source>{0} changes written to {1} and {2}.</source>
            <translation>{0} Änderungen in {1} und {2} geschrieben.</translation>
        </message>
    </context>
    <context>
        <name>AggregateAlgorithm</name>
        <message>
            <location filename="../algorithms/aggregate.py" line="140" />
            <source>Aggregate to spatial level</source>
            <translation>Auf Raumebene aggregieren</translation>
        </message>
        <message>
            <location filename="../algorithms/aggregate.py" line="144" />
            <source>Fine units (e.g. blocks)</source>
            <translation>Feine Raumeinheiten (z. B. Baublöcke)</translation>
        </message>
        <message>
            <location filename="../algorithms/aggregate.py" line="144" />
            <source>Units with count fields, e.g. statistical blocks.</source>
            <translation>Raumeinheiten mit Zählfeldern, z. B. statistische Baublöcke.</translation>
        </message>
        <message>
            <location filename="../algorithms/aggregate.py" line="150" />
            <source>Coarse units (e.g. Sozialquartiere)</source>
            <translation>Grobe Raumeinheiten (z. B. Sozialquartiere)</translation>
        </message>
        <message>
            <location filename="../algorithms/aggregate.py" line="150" />
            <source>Polygons that receive the sums; their fields are kept.</source>
            <translation>Polygone, die die Summen erhalten; ihre Felder bleiben erhalten.</translation>
        </message>
        <message>
            <location filename="../algorithms/aggregate.py" line="158" />
            <source>Assignment</source>
            <translation>Zuordnung</translation>
        </message>
        <message>
            <location filename="../algorithms/aggregate.py" line="158" />
            <source>By key field</source>
            <translation>Über Schlüsselfeld</translation>
        </message>
        <message>
            <location filename="../algorithms/aggregate.py" line="158" />
            <source>Centroid in polygon</source>
            <translation>Schwerpunkt im Polygon</translation>
        </message>
        <message>
            <location filename="../algorithms/aggregate.py" line="158" />
            <source>Area-weighted overlap</source>
            <translation>Flächengewichtete Überschneidung</translation>
        </message>
        <message>
            <location filename="../algorithms/aggregate.py" line="158" />
            <source>Key field: fine units carry the key of their coarse unit. Centroid: the point on surface of each fine unit decides. Area-weighted: counts are split by the share of the fine unit's area inside each coarse unit.</source>
            <translation>Schlüsselfeld: Die feinen Raumeinheiten tragen den Schlüssel ihrer groben Raumeinheit. Schwerpunkt: Der Punkt auf der Oberfläche jeder feinen Raumeinheit entscheidet. Flächengewichtet: Die Anzahlen werden nach dem Flächenanteil der feinen Raumeinheit innerhalb jeder groben Raumeinheit aufgeteilt.</translation>
        </message>
        <message>
            <location filename="../algorithms/aggregate.py" line="171" />
            <source>Key field of the fine units</source>
            <translation>Schlüsselfeld der feinen Raumeinheiten</translation>
        </message>
        <message>
            <location filename="../algorithms/aggregate.py" line="171" />
            <source>Key field of the coarse units</source>
            <translation>Schlüsselfeld der groben Raumeinheiten</translation>
        </message>
        <message>
            <location filename="../algorithms/aggregate.py" line="175" />
            <source>Only for assignment by key field.</source>
            <translation>Nur für die Zuordnung über Schlüsselfeld.</translation>
        </message>
        <message>
            <location filename="../algorithms/aggregate.py" line="179" />
            <source>Count fields to sum</source>
            <translation>Zu summierende Zählfelder</translation>
        </message>
        <message>
            <location filename="../algorithms/aggregate.py" line="179" />
            <source>Counts (not shares!) to sum; empty: all numeric fields except keys and ids.</source>
            <translation>Zu summierende Anzahlen (keine Anteile!); leer: alle numerischen Felder außer Schlüsseln und IDs.</translation>
        </message>
        <message>
            <location filename="../algorithms/aggregate.py" line="190" />
            <source>Aggregated</source>
            <translation>Aggregiert</translation>
        </message>
        <message>
            <location filename="../algorithms/aggregate.py" line="190" />
            <source>Coarse units with the summed counts and n_einheiten.</source>
            <translation>Grobe Raumeinheiten mit den summierten Anzahlen und n_einheiten.</translation>
        </message>
        <message>
            <location filename="../algorithms/aggregate.py" line="282" />
            <source>Assignment by key field needs INPUT_KEY and TARGET_KEY.</source>
            <translation>Die Zuordnung über Schlüsselfeld benötigt INPUT_KEY und TARGET_KEY.</translation>
        </message>
        <message>
            <location filename="../algorithms/aggregate.py" line="286" />
            <source>Spatial assignment needs fine units with geometry.</source>
            <translation>Die räumliche Zuordnung benötigt feine Raumeinheiten mit Geometrie.</translation>
        </message>
        <message>
            <location filename="../algorithms/aggregate.py" line="220" />
            <source>The fine units have no numeric fields to sum.</source>
            <translation>Die feinen Raumeinheiten haben keine numerischen Felder zum Summieren.</translation>
        </message>
        <message>
            <location filename="../algorithms/aggregate.py" line="233" />
            <source>{0} fine units lie in no coarse unit and are not counted.</source>
            <translation>{0} feine Raumeinheiten liegen in keiner groben Raumeinheit und werden nicht gezählt.</translation>
        </message>
        <message>
            <location filename="../algorithms/aggregate.py" line="258" />
            <source>Field '{0}': {1} fine units are NULL and count as 0.</source>
            <translation>Feld '{0}': {1} feine Raumeinheiten sind NULL und zählen als 0.</translation>
        </message>
        <message>
            <location filename="../algorithms/aggregate.py" line="311" />
            <source>The key field '{0}' is not unique: '{1}'.</source>
            <translation>Das Schlüsselfeld '{0}' ist nicht eindeutig: '{1}'.</translation>
        </message>
        <message>
            <location filename="../algorithms/aggregate.py" line="243" />
            <source>Field '{0}': negative count {1} at feature {2}; counts cannot be negative.</source>
            <translation>Feld '{0}': negativer Zählwert {1} bei Objekt {2}; Zählwerte können nicht negativ sein.</translation>
        </message>
        <message>
            <location filename="../algorithms/aggregate.py" line="331" />
            <source>{0} coarse units have invalid geometries; they are repaired (makeValid) for the assignment.</source>
            <translation>{0} grobe Raumeinheiten haben ungültige Geometrien; sie werden für die Zuordnung repariert (makeValid).</translation>
        </message>
        <message>
            <location filename="../algorithms/aggregate.py" line="295" />
            <source>Field '{0}': the sum {1} in coarse unit {2} is too large for a count field.</source>
            <translation>Feld '{0}': Die Summe {1} in der groben Raumeinheit {2} ist zu groß für ein Zählfeld.</translation>
        </message>
    </context>
    <context>
        <name>AssistantParameters</name>
        <message>
            <location filename="../ui/assistant/parameters.py" line="59" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../ui/assistant/parameters.py" line="93" />
            <source>Sozialindex {0}</source>
            <translation>Sozialindex {0}</translation>
        </message>
        <message>
            <location filename="../ui/assistant/parameters.py" line="95" />
            <source>The Dynamik step has no indicator pairs.</source>
            <translation>Der Dynamik-Schritt hat keine Indikatorpaare.</translation>
        </message>
        <message>
            <location filename="../ui/assistant/parameters.py" line="98" />
            <source>Sozialindex status {0}</source>
            <translation>Sozialindex-Status {0}</translation>
        </message>
    </context>
    <context>
        <name>BundledModel</name>
        <message>
            <location filename="../algorithms/provider.py" line="40" />
            <source>Social index with Dynamik (workflow)</source>
            <translation>Sozialindex mit Dynamik</translation>
        </message>
        <message>
            <location filename="../algorithms/provider.py" line="41" />
            <source>Offer gaps (workflow)</source>
            <translation>Angebotslücken</translation>
        </message>
        <message>
            <location filename="../algorithms/provider.py" line="42" />
            <source>Social report (workflow)</source>
            <translation>Sozialbericht</translation>
        </message>
    </context>
    <context>
        <name>DynamikAlgorithm</name>
        <message>
            <location filename="../algorithms/dynamik.py" line="59" />
            <source>Classify Dynamik</source>
            <translation>Dynamik klassifizieren</translation>
        </message>
        <message>
            <location filename="../algorithms/dynamik.py" line="64" />
            <source>Status field</source>
            <translation>Statusfeld</translation>
        </message>
        <message>
            <location filename="../algorithms/dynamik.py" line="64" />
            <source>Status class of each area (si_status from the social index).</source>
            <translation>Statusklasse jedes Gebiets (si_status aus dem Sozialindex).</translation>
        </message>
        <message>
            <location filename="../algorithms/dynamik.py" line="74" />
            <source>Method</source>
            <translation>Methode</translation>
        </message>
        <message>
            <location filename="../algorithms/dynamik.py" line="74" />
            <source>Indicator change (Berlin MSS)</source>
            <translation>Indikatorveränderung (MSS Berlin)</translation>
        </message>
        <message>
            <location filename="../algorithms/dynamik.py" line="74" />
            <source>Index difference</source>
            <translation>Indexdifferenz</translation>
        </message>
        <message>
            <location filename="../algorithms/dynamik.py" line="74" />
            <source>Indicator change: change of each share between t0 and t1 in percentage points, standardised, directed, summed and standardised again. Index difference: difference of two si_index fields, standardised.</source>
            <translation>Indikatorveränderung: Veränderung jedes Anteils zwischen t0 und t1 in Prozentpunkten, standardisiert, gerichtet, summiert und erneut standardisiert. Indexdifferenz: Differenz zweier si_index-Felder, standardisiert.</translation>
        </message>
        <message>
            <location filename="../algorithms/dynamik.py" line="87" />
            <source>Indicators (change)</source>
            <translation>Indikatoren (Veränderung)</translation>
        </message>
        <message>
            <location filename="../algorithms/dynamik.py" line="87" />
            <source>One row per indicator: field and denominator at t0 and at t1, direction ('+': higher means more disadvantage) and weight. With an empty 'Feld t0' the field t1 already holds the change in percentage points.</source>
            <translation>Eine Zeile je Indikator: Feld und Nenner zu t0 und zu t1, Richtung ('+': höher bedeutet mehr Benachteiligung) und Gewicht. Bei leerem 'Feld t0' enthält das Feld t1 bereits die Veränderung in Prozentpunkten.</translation>
        </message>
        <message>
            <location filename="../algorithms/dynamik.py" line="100" />
            <source>Index t0</source>
            <translation>Index t0</translation>
        </message>
        <message>
            <location filename="../algorithms/dynamik.py" line="100" />
            <source>Index t1</source>
            <translation>Index t1</translation>
        </message>
        <message>
            <location filename="../algorithms/dynamik.py" line="101" />
            <source>Favourable-oriented index (si_index) at the date, for index difference.</source>
            <translation>Index (si_index, hoch = günstig) zum Stichtag, für die Indexdifferenz.</translation>
        </message>
        <message>
            <location filename="../algorithms/dynamik.py" line="111" />
            <source>Cut Dynamik</source>
            <translation>Schwelle Dynamik</translation>
        </message>
        <message>
            <location filename="../algorithms/dynamik.py" line="111" />
            <source>Positiv at or above +cut, Negativ at or below -cut (standard deviations).</source>
            <translation>Positiv bei Werten ≥ +Schwelle, Negativ bei Werten ≤ -Schwelle (in Standardabweichungen).</translation>
        </message>
        <message>
            <location filename="../algorithms/dynamik.py" line="121" />
            <source>Class scheme</source>
            <translation>Klassenschema</translation>
        </message>
        <message>
            <location filename="../algorithms/dynamik.py" line="121" />
            <source>Oberhausen (11 classes)</source>
            <translation>Oberhausen (11 Klassen)</translation>
        </message>
        <message>
            <location filename="../algorithms/dynamik.py" line="121" />
            <source>MSS Berlin (12 classes)</source>
            <translation>MSS Berlin (12 Klassen)</translation>
        </message>
        <message>
            <location filename="../algorithms/dynamik.py" line="121" />
            <source>Oberhausen reports Hoch &amp; Positiv as Hoch &amp; Stabil; MSS Berlin keeps 12 classes.</source>
            <translation>Oberhausen weist Hoch &amp; Positiv als Hoch &amp; Stabil aus; MSS Berlin behält 12 Klassen bei.</translation>
        </message>
        <message>
            <location filename="../algorithms/dynamik.py" line="130" />
            <source>Standard deviation with n-1</source>
            <translation>Standardabweichung mit n-1</translation>
        </message>
        <message>
            <location filename="../algorithms/dynamik.py" line="130" />
            <source>Divide by n-1 instead of n (the Berlin MSS divides by n).</source>
            <translation>Division durch n-1 statt durch n (das MSS Berlin teilt durch n).</translation>
        </message>
        <message>
            <location filename="../algorithms/dynamik.py" line="135" />
            <source>Dynamik</source>
            <translation>Dynamik</translation>
        </message>
        <message>
            <location filename="../algorithms/dynamik.py" line="135" />
            <source>The input features with dyn_* and the combined class si_klasse.</source>
            <translation>Die Eingabeobjekte mit dyn_* und der kombinierten Klasse si_klasse.</translation>
        </message>
        <message>
            <location filename="../algorithms/dynamik.py" line="163" />
            <source>STATUS_FIELD is needed for the combined class.</source>
            <translation>Für die kombinierte Klasse wird STATUS_FIELD benötigt.</translation>
        </message>
        <message>
            <location filename="../algorithms/dynamik.py" line="200" />
            <source>Index difference needs the fields INDEX_T0 and INDEX_T1.</source>
            <translation>Die Indexdifferenz benötigt die Felder INDEX_T0 und INDEX_T1.</translation>
        </message>
        <message>
            <location filename="../algorithms/dynamik.py" line="249" />
            <source>Scheme Oberhausen: {0} areas Hoch &amp; Positiv are reported as Hoch &amp; Stabil (code 12).</source>
            <translation>Schema Oberhausen: {0} Gebiete Hoch &amp; Positiv werden als Hoch &amp; Stabil ausgewiesen (Code 12).</translation>
        </message>
        <message>
            <location filename="../algorithms/dynamik.py" line="243" />
            <source>{0} areas without Dynamik; the reason is in dyn_hinweis.</source>
            <translation>{0} Gebiete ohne Dynamik; der Grund steht in dyn_hinweis.</translation>
        </message>
        <message>
            <location filename="../algorithms/dynamik.py" line="145" />
            <source>No indicators given: INDICATORS needed for METHOD 0 (change of the indicators).</source>
            <translation>Keine Indikatoren angegeben: Für METHOD 0 (Indikatorveränderung) wird INDICATORS benötigt.</translation>
        </message>
    </context>
    <context>
        <name>DynamikPairs</name>
        <message>
            <location filename="../ui/assistant/dynamik.py" line="74" />
            <source>Not found for the Dynamik: {0}</source>
            <translation>Für die Dynamik nicht gefunden: {0}</translation>
        </message>
        <message>
            <location filename="../ui/assistant/dynamik.py" line="76" />
            <source>The indicator fields carry no year and the layer has no change fields.</source>
            <translation>Die Indikatorfelder tragen kein Jahr, und der Layer hat keine Veränderungsfelder.</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <location filename="../ui/help_dialog.py" line="24" />
            <source>Sozialplanung: user guide</source>
            <translation>Sozialplanung: Anleitung</translation>
        </message>
        <message>
            <location filename="../ui/help_dialog.py" line="47" />
            <source>The user guide {0} is missing.</source>
            <translation>Die Anleitung {0} fehlt.</translation>
        </message>
    </context>
    <context>
        <name>IndexHistogram</name>
        <message>
            <location filename="../ui/histogram.py" line="75" />
            <source>No index values yet</source>
            <translation>Noch keine Indexwerte</translation>
        </message>
        <message>
            <location filename="../ui/histogram.py" line="103" />
            <source>Index (high = favourable), cuts in SD</source>
            <translation>Index (hoch = günstig), Schwellen in SD</translation>
        </message>
        <message>
            <location filename="../ui/histogram.py" line="108" />
            <source>max. {0} areas per bar</source>
            <translation>max. {0} Gebiete je Balken</translation>
        </message>
    </context>
    <context>
        <name>IndicatorTable</name>
        <message>
            <location filename="../ui/assistant/indicators.py" line="59" />
            <source>+ (disadvantage)</source>
            <translation>+ (Benachteiligung)</translation>
        </message>
        <message>
            <location filename="../ui/assistant/indicators.py" line="60" />
            <source>- (favourable)</source>
            <translation>- (günstig)</translation>
        </message>
        <message>
            <location filename="../ui/assistant/indicators.py" line="61" />
            <source>+: a higher value means more disadvantage; -: a higher value is favourable.</source>
            <translation>+: Ein höherer Wert bedeutet mehr Benachteiligung; -: Ein höherer Wert ist günstig.</translation>
        </message>
    </context>
    <context>
        <name>KomMonitorAlgorithm</name>
        <message>
            <location filename="../algorithms/kommonitor.py" line="152" />
            <source>Load indicators from KomMonitor</source>
            <translation>Indikatoren aus KomMonitor laden</translation>
        </message>
        <message>
            <location filename="../algorithms/kommonitor.py" line="156" />
            <source>KomMonitor data-management URL</source>
            <translation>KomMonitor-Datenmanagement-URL</translation>
        </message>
        <message>
            <location filename="../algorithms/kommonitor.py" line="156" />
            <source>Address of the data-management API with its prefix, e.g. https://monitor.example.de/management</source>
            <translation>Adresse der Datenmanagement-API mit ihrem Präfix, z. B. https://monitor.example.de/management</translation>
        </message>
        <message>
            <location filename="../algorithms/kommonitor.py" line="162" />
            <source>Public data only (no login)</source>
            <translation>Nur öffentliche Daten (ohne Anmeldung)</translation>
        </message>
        <message>
            <location filename="../algorithms/kommonitor.py" line="162" />
            <source>Use the /public/... endpoints that need no login; AUTH_CONFIG is then not used.</source>
            <translation>Die /public/...-Endpunkte verwenden, die keine Anmeldung erfordern; AUTH_CONFIG wird dann nicht verwendet.</translation>
        </message>
        <message>
            <location filename="../algorithms/kommonitor.py" line="166" />
            <source>Authentication</source>
            <translation>Authentifizierung</translation>
        </message>
        <message>
            <location filename="../algorithms/kommonitor.py" line="166" />
            <source>QGIS authentication configuration that sends the bearer token (Keycloak realm kommonitor), e.g. method OAuth2 with grant flow Resource Owner.</source>
            <translation>QGIS-Authentifizierungskonfiguration, die das Bearer-Token sendet (Keycloak-Realm kommonitor), z. B. Methode OAuth2 mit Grant-Flow Resource Owner.</translation>
        </message>
        <message>
            <location filename="../algorithms/kommonitor.py" line="173" />
            <source>Timeout (seconds)</source>
            <translation>Zeitlimit (Sekunden)</translation>
        </message>
        <message>
            <location filename="../algorithms/kommonitor.py" line="173" />
            <source>Longest wait for each answer of the server.</source>
            <translation>Längste Wartezeit auf jede Antwort des Servers.</translation>
        </message>
        <message>
            <location filename="../algorithms/kommonitor.py" line="185" />
            <source>Load</source>
            <translation>Laden</translation>
        </message>
        <message>
            <location filename="../algorithms/kommonitor.py" line="185" />
            <source>Indicators for a spatial unit</source>
            <translation>Indikatoren einer Raumebene</translation>
        </message>
        <message>
            <location filename="../algorithms/kommonitor.py" line="185" />
            <source>Georesource (e.g. institutions)</source>
            <translation>Georessource (z. B. Einrichtungen)</translation>
        </message>
        <message>
            <location filename="../algorithms/kommonitor.py" line="185" />
            <source>Indicators (joined on ID) for SPATIAL_UNIT_ID, or the features of GEORESOURCE_ID.</source>
            <translation>Indikatoren (über ID verknüpft) für SPATIAL_UNIT_ID oder die Objekte von GEORESOURCE_ID.</translation>
        </message>
        <message>
            <location filename="../algorithms/kommonitor.py" line="194" />
            <source>Spatial unit id</source>
            <translation>Raumebenen-ID</translation>
        </message>
        <message>
            <location filename="../algorithms/kommonitor.py" line="194" />
            <source>spatialUnitId (or the name of the level, e.g. Stadtteile) of the spatial unit.</source>
            <translation>spatialUnitId (oder der Name der Ebene, z. B. Stadtteile) der Raumebene.</translation>
        </message>
        <message>
            <location filename="../algorithms/kommonitor.py" line="198" />
            <source>Indicator ids</source>
            <translation>Indikator-IDs</translation>
        </message>
        <message>
            <location filename="../algorithms/kommonitor.py" line="198" />
            <source>Comma-separated indicatorIds; several indicators are joined on ID into one layer.</source>
            <translation>Kommagetrennte indicatorIds; mehrere Indikatoren werden über ID zu einem Layer verknüpft.</translation>
        </message>
        <message>
            <location filename="../algorithms/kommonitor.py" line="202" />
            <source>Column prefixes</source>
            <translation>Spaltenpräfixe</translation>
        </message>
        <message>
            <location filename="../algorithms/kommonitor.py" line="202" />
            <source>Comma-separated, one per indicator: DATE_2021-12-31 becomes &lt;prefix&gt;_2021 (two dates in one year: &lt;prefix&gt;_2021_12_31). Empty: ind1, ind2, ...</source>
            <translation>Kommagetrennt, eines je Indikator: Aus DATE_2021-12-31 wird &lt;Präfix&gt;_2021 (zwei Stichtage in einem Jahr: &lt;Präfix&gt;_2021_12_31). Leer: ind1, ind2, ...</translation>
        </message>
        <message>
            <location filename="../algorithms/kommonitor.py" line="209" />
            <source>Dates</source>
            <translation>Stichtage</translation>
        </message>
        <message>
            <location filename="../algorithms/kommonitor.py" line="209" />
            <source>Comma-separated years (2021) or dates (2021-12-31) to keep; empty keeps all. For a georesource one date: the features valid on it.</source>
            <translation>Kommagetrennte Jahre (2021) oder Stichtage (2021-12-31), die behalten werden; leer behält alle. Für eine Georessource ein Stichtag: die an ihm gültigen Objekte.</translation>
        </message>
        <message>
            <location filename="../algorithms/kommonitor.py" line="216" />
            <source>Georesource id</source>
            <translation>Georessourcen-ID</translation>
        </message>
        <message>
            <location filename="../algorithms/kommonitor.py" line="216" />
            <source>georesourceId of the georesource to load.</source>
            <translation>georesourceId der zu ladenden Georessource.</translation>
        </message>
        <message>
            <location filename="../algorithms/kommonitor.py" line="220" />
            <source>Target CRS</source>
            <translation>Ziel-KBS</translation>
        </message>
        <message>
            <location filename="../algorithms/kommonitor.py" line="220" />
            <source>Reproject the features (e.g. to EPSG:25832); empty keeps the server's CRS (EPSG:4326).</source>
            <translation>Objekte umprojizieren (z. B. nach EPSG:25832); leer behält das KBS des Servers (EPSG:4326).</translation>
        </message>
        <message>
            <location filename="../algorithms/kommonitor.py" line="225" />
            <source>KomMonitor</source>
            <translation>KomMonitor</translation>
        </message>
        <message>
            <location filename="../algorithms/kommonitor.py" line="225" />
            <source>Features with ID, NAME and the value columns (or the georesource's properties).</source>
            <translation>Objekte mit ID, NAME und den Wertespalten (oder den Eigenschaften der Georessource).</translation>
        </message>
        <message>
            <location filename="../algorithms/kommonitor.py" line="236" />
            <source>PUBLIC is set: the authentication configuration is not used.</source>
            <translation>PUBLIC ist gesetzt: Die Authentifizierungskonfiguration wird nicht verwendet.</translation>
        </message>
        <message>
            <location filename="../algorithms/kommonitor.py" line="277" />
            <source>{0} features with {1} fields written.</source>
            <translation>{0} Objekte mit {1} Feldern geschrieben.</translation>
        </message>
        <message>
            <location filename="../algorithms/kommonitor.py" line="301" />
            <source>Indicator '{0}' ({1}) → {2}_*</source>
            <translation>Indikator '{0}' ({1}) → {2}_*</translation>
        </message>
    </context>
    <context>
        <name>KomMonitorDialog</name>
        <message>
            <location filename="../ui/kommonitor_dialog.py" line="40" />
            <source>Load into project</source>
            <translation>In das Projekt laden</translation>
        </message>
        <message>
            <location filename="../ui/kommonitor_dialog.py" line="41" />
            <source>Open in Processing…</source>
            <translation>Im Verarbeitungsdialog öffnen…</translation>
        </message>
        <message>
            <location filename="../ui/kommonitor_dialog.py" line="55" />
            <source>As served (EPSG:4326)</source>
            <translation>Wie geliefert (EPSG:4326)</translation>
        </message>
        <message>
            <location filename="../ui/kommonitor_dialog.py" line="105" />
            <source>{0} spatial units, {1} indicators, {2} georesources.</source>
            <translation>{0} Raumebenen, {1} Indikatoren, {2} Georessourcen.</translation>
        </message>
        <message>
            <location filename="../ui/kommonitor_dialog.py" line="202" />
            <source>Loaded {0} features into '{1}'.</source>
            <translation>{0} Objekte in '{1}' geladen.</translation>
        </message>
        <message>
            <location filename="../ui/kommonitor_dialog.ui" line="14" />
            <source>Load data from KomMonitor</source>
            <translation>Daten aus KomMonitor laden</translation>
        </message>
        <message>
            <location filename="../ui/kommonitor_dialog.ui" line="20" />
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <location filename="../ui/kommonitor_dialog.ui" line="26" />
            <source>Data-management URL</source>
            <translation>Datenmanagement-URL</translation>
        </message>
        <message>
            <location filename="../ui/kommonitor_dialog.ui" line="36" />
            <source>https://monitor.example.de/management</source>
            <translation>https://monitor.example.de/management</translation>
        </message>
        <message>
            <location filename="../ui/kommonitor_dialog.ui" line="43" />
            <source>Public data only (no login)</source>
            <translation>Nur öffentliche Daten (ohne Anmeldung)</translation>
        </message>
        <message>
            <location filename="../ui/kommonitor_dialog.ui" line="50" />
            <source>Authentication</source>
            <translation>Authentifizierung</translation>
        </message>
        <message>
            <location filename="../ui/kommonitor_dialog.ui" line="60" />
            <source>Fetch lists from the server</source>
            <translation>Listen vom Server abrufen</translation>
        </message>
        <message>
            <location filename="../ui/kommonitor_dialog.ui" line="74" />
            <source>Indicators</source>
            <translation>Indikatoren</translation>
        </message>
        <message>
            <location filename="../ui/kommonitor_dialog.ui" line="80" />
            <source>Spatial unit</source>
            <translation>Raumebene</translation>
        </message>
        <message>
            <location filename="../ui/kommonitor_dialog.ui" line="93" />
            <source>Tick the indicators to load; the prefix names their columns (prefix_2021).</source>
            <translation>Die zu ladenden Indikatoren ankreuzen; das Präfix benennt ihre Spalten (präfix_2021).</translation>
        </message>
        <message>
            <location filename="../ui/kommonitor_dialog.ui" line="103" />
            <source>Indicator</source>
            <translation>Indikator</translation>
        </message>
        <message>
            <location filename="../ui/kommonitor_dialog.ui" line="108" />
            <source>Column prefix</source>
            <translation>Spaltenpräfix</translation>
        </message>
        <message>
            <location filename="../ui/kommonitor_dialog.ui" line="113" />
            <source>Dates</source>
            <translation>Stichtage</translation>
        </message>
        <message>
            <location filename="../ui/kommonitor_dialog.ui" line="118" />
            <source>Id</source>
            <translation>ID</translation>
        </message>
        <message>
            <location filename="../ui/kommonitor_dialog.ui" line="126" />
            <source>Dates to keep</source>
            <translation>Zu behaltende Stichtage</translation>
        </message>
        <message>
            <location filename="../ui/kommonitor_dialog.ui" line="136" />
            <source>e.g. 2021, 2023 (empty: all dates)</source>
            <translation>z. B. 2021, 2023 (leer: alle Stichtage)</translation>
        </message>
        <message>
            <location filename="../ui/kommonitor_dialog.ui" line="150" />
            <source>Georesource</source>
            <translation>Georessource</translation>
        </message>
        <message>
            <location filename="../ui/kommonitor_dialog.ui" line="163" />
            <source>Valid on</source>
            <translation>Gültig am</translation>
        </message>
        <message>
            <location filename="../ui/kommonitor_dialog.ui" line="173" />
            <source>e.g. 2023-12-31 (empty: newest records)</source>
            <translation>z. B. 2023-12-31 (leer: neueste Datensätze)</translation>
        </message>
        <message>
            <location filename="../ui/kommonitor_dialog.ui" line="186" />
            <source>Target CRS</source>
            <translation>Ziel-KBS</translation>
        </message>
    </context>
    <context>
        <name>LayerFields</name>
        <message>
            <location filename="../ui/assistant/fields.py" line="70" />
            <source>latest complete</source>
            <translation>neuestes vollständiges</translation>
        </message>
    </context>
    <context>
        <name>MethodError</name>
        <message>
            <location filename="../core/sozialindex.py" line="226" />
            <source>Unknown standardisation: {0}</source>
            <translation>Unbekannte Standardisierung: {0}</translation>
        </message>
        <message>
            <location filename="../core/sozialindex.py" line="84" />
            <source>Unknown aggregation: {0}</source>
            <translation>Unbekannte Aggregation: {0}</translation>
        </message>
        <message>
            <location filename="../core/sozialindex.py" line="104" />
            <source>Direction must be '+' or '-', not '{0}'.</source>
            <translation>Richtung muss '+' oder '-' sein, nicht '{0}'.</translation>
        </message>
        <message>
            <location filename="../core/sozialindex.py" line="114" />
            <source>Weight must be a number, not '{0}'.</source>
            <translation>Gewicht muss eine Zahl sein, nicht '{0}'.</translation>
        </message>
        <message>
            <location filename="../core/sozialindex.py" line="118" />
            <source>Weight must be a number &gt;= 0, not '{0}'.</source>
            <translation>Gewicht muss eine Zahl &gt;= 0 sein, nicht '{0}'.</translation>
        </message>
        <message>
            <location filename="../core/sozialindex.py" line="203" />
            <source>Fewer than two rated units: nothing to standardise.</source>
            <translation>Weniger als zwei bewertete Raumeinheiten: nichts zu standardisieren.</translation>
        </message>
        <message>
            <location filename="../core/sozialindex.py" line="234" />
            <source>Indicator {0} is constant over all rated units.</source>
            <translation>Indikator {0} ist über alle bewerteten Raumeinheiten konstant.</translation>
        </message>
        <message>
            <location filename="../core/sozialindex.py" line="266" />
            <source>At least one indicator needs a weight &gt; 0.</source>
            <translation>Mindestens ein Indikator benötigt ein Gewicht &gt; 0.</translation>
        </message>
        <message>
            <location filename="../core/sozialindex.py" line="268" />
            <source>Only {0} rated unit(s): at least two are needed.</source>
            <translation>Nur {0} bewertete Raumeinheit(en): Mindestens zwei werden benötigt.</translation>
        </message>
        <message>
            <location filename="../core/sozialindex.py" line="275" />
            <source>Population weighting needs a population field.</source>
            <translation>Die Gewichtung nach Einwohnerzahl benötigt ein Einwohnerfeld.</translation>
        </message>
        <message>
            <location filename="../core/sozialindex.py" line="317" />
            <source>CUT_DYNAMIK must be greater than 0, not {0}.</source>
            <translation>CUT_DYNAMIK muss größer als 0 sein, nicht {0}.</translation>
        </message>
        <message>
            <location filename="../core/zeitreihe.py" line="211" />
            <source>No indicators given.</source>
            <translation>Keine Indikatoren angegeben.</translation>
        </message>
        <message>
            <location filename="../core/sozialindex.py" line="423" />
            <source>An indicator field is given more than once.</source>
            <translation>Ein Indikatorfeld ist mehrfach angegeben.</translation>
        </message>
        <message>
            <location filename="../core/sozialindex.py" line="536" />
            <source>Unknown scheme: {0}</source>
            <translation>Unbekanntes Schema: {0}</translation>
        </message>
        <message>
            <location filename="../core/sozialindex.py" line="539" />
            <source>Unknown status class(es): {0}</source>
            <translation>Unbekannte Statusklasse(n): {0}</translation>
        </message>
        <message>
            <location filename="../algorithms/kommonitor.py" line="73" />
            <source>Authentication configuration '{0}' does not exist in this QGIS profile.</source>
            <translation>Die Authentifizierungskonfiguration '{0}' existiert in diesem QGIS-Profil nicht.</translation>
        </message>
        <message>
            <location filename="../core/zeitreihe.py" line="45" />
            <source>Canceled.</source>
            <translation>Abgebrochen.</translation>
        </message>
        <message>
            <location filename="../algorithms/kommonitor.py" line="286" />
            <source>{0} is needed for this resource.</source>
            <translation>{0} wird für diese Ressource benötigt.</translation>
        </message>
        <message>
            <location filename="../algorithms/kommonitor.py" line="307" />
            <source>The indicators come in different CRS: {0}</source>
            <translation>Die Indikatoren liegen in unterschiedlichen KBS vor: {0}</translation>
        </message>
        <message>
            <location filename="../algorithms/kommonitor.py" line="331" />
            <source>The geometry of ID {0} cannot be read.</source>
            <translation>Die Geometrie von ID {0} kann nicht gelesen werden.</translation>
        </message>
        <message>
            <location filename="../algorithms/kommonitor.py" line="340" />
            <source>The geometry of ID {0} cannot be reprojected.</source>
            <translation>Die Geometrie von ID {0} kann nicht umprojiziert werden.</translation>
        </message>
        <message>
            <location filename="../core/kommonitor.py" line="61" />
            <source>Cannot reach {0}: {1}</source>
            <translation>{0} ist nicht erreichbar: {1}</translation>
        </message>
        <message>
            <location filename="../core/kommonitor.py" line="82" />
            <source>KomMonitor answered {0} with HTTP {1} (server error); try again later. {2}</source>
            <translation>KomMonitor hat {0} mit HTTP {1} beantwortet (Serverfehler); bitte später erneut versuchen. {2}</translation>
        </message>
        <message>
            <location filename="../core/kommonitor.py" line="90" />
            <source>KomMonitor answered {0} with HTTP {1}. {2}</source>
            <translation>KomMonitor hat {0} mit HTTP {1} beantwortet. {2}</translation>
        </message>
        <message>
            <location filename="../core/kommonitor.py" line="97" />
            <source>No answer from {0} within {1} s (TIMEOUT).</source>
            <translation>Keine Antwort von {0} innerhalb von {1} s (TIMEOUT).</translation>
        </message>
        <message>
            <location filename="../core/kommonitor.py" line="134" />
            <source>The answer of {0} is no list of KomMonitor datasets.</source>
            <translation>Die Antwort von {0} ist keine Liste von KomMonitor-Datensätzen.</translation>
        </message>
        <message>
            <location filename="../core/kommonitor.py" line="143" />
            <source>The answer of {0} has no '{1}': no KomMonitor metadata record.</source>
            <translation>Die Antwort von {0} hat kein '{1}': kein KomMonitor-Metadatensatz.</translation>
        </message>
        <message>
            <location filename="../core/kommonitor.py" line="156" />
            <source>The answer of {0} is no GeoJSON FeatureCollection.</source>
            <translation>Die Antwort von {0} ist keine GeoJSON-FeatureCollection.</translation>
        </message>
        <message>
            <location filename="../core/kommonitor.py" line="161" />
            <source>The answer of {0} has no 'features' list.</source>
            <translation>Die Antwort von {0} hat keine Liste 'features'.</translation>
        </message>
        <message>
            <location filename="../core/kommonitor.py" line="165" />
            <source>Feature {0} in the answer of {1} has no property 'ID'.</source>
            <translation>Objekt {0} in der Antwort von {1} hat keine Eigenschaft 'ID'.</translation>
        </message>
        <message>
            <location filename="../core/kommonitor.py" line="194" />
            <source>Indicator '{0}' is not available for spatial unit '{1}'; it is for: {2}</source>
            <translation>Indikator '{0}' ist für die Raumebene '{1}' nicht verfügbar; verfügbar ist er für: {2}</translation>
        </message>
        <message>
            <location filename="../core/kommonitor.py" line="226" />
            <source>DATES: '{0}' is neither a year (2021) nor a date (2021-12-31).</source>
            <translation>DATES: '{0}' ist weder ein Jahr (2021) noch ein Datum (2021-12-31).</translation>
        </message>
        <message>
            <location filename="../core/kommonitor.py" line="248" />
            <source>Indicator '{0}' has no DATE_YYYY-MM-DD values.</source>
            <translation>Indikator '{0}' hat keine DATE_YYYY-MM-DD-Werte.</translation>
        </message>
        <message>
            <location filename="../core/kommonitor.py" line="257" />
            <source>Indicator '{0}' has no values for {1}; it has: {2}</source>
            <translation>Indikator '{0}' hat keine Werte für {1}; vorhanden sind: {2}</translation>
        </message>
        <message>
            <location filename="../core/kommonitor.py" line="282" />
            <source>COLUMN_PREFIXES has {0} prefixes for {1} indicators; give one per indicator.</source>
            <translation>COLUMN_PREFIXES hat {0} Präfixe für {1} Indikatoren; bitte eines je Indikator angeben.</translation>
        </message>
        <message>
            <location filename="../core/kommonitor.py" line="300" />
            <source>COLUMN_PREFIXES: '{0}' is used twice or clashes with ID/NAME.</source>
            <translation>COLUMN_PREFIXES: '{0}' wird doppelt verwendet oder kollidiert mit ID/NAME.</translation>
        </message>
        <message>
            <location filename="../core/kommonitor.py" line="370" />
            <source>Indicator '{0}', ID {1}, {2}: '{3}' is not a number.</source>
            <translation>Indikator '{0}', ID {1}, {2}: '{3}' ist keine Zahl.</translation>
        </message>
        <message>
            <location filename="../core/kommonitor.py" line="428" />
            <source>Column '{0}' would be created twice; use distinct COLUMN_PREFIXES.</source>
            <translation>Spalte '{0}' würde doppelt angelegt; bitte unterschiedliche COLUMN_PREFIXES verwenden.</translation>
        </message>
        <message>
            <location filename="../core/kommonitor.py" line="455" />
            <source>Indicator '{0}' has no values for {1} units (NULL).</source>
            <translation>Indikator '{0}' hat für {1} Raumeinheiten keine Werte (NULL).</translation>
        </message>
        <message>
            <location filename="../core/kommonitor.py" line="468" />
            <source>DATES: a georesource takes at most one date, not {0}.</source>
            <translation>DATES: Eine Georessource nimmt höchstens einen Stichtag an, nicht {0}.</translation>
        </message>
        <message>
            <location filename="../core/kommonitor.py" line="523" />
            <source>Invalid GeoJSON geometry of type '{0}'.</source>
            <translation>Ungültige GeoJSON-Geometrie vom Typ '{0}'.</translation>
        </message>
        <message>
            <location filename="../core/kommonitor.py" line="558" />
            <source>The features mix geometry types ({0}); a layer takes one type.</source>
            <translation>Die Objekte mischen Geometrietypen ({0}); ein Layer nimmt nur einen Typ auf.</translation>
        </message>
        <message>
            <location filename="../core/offergap.py" line="87" />
            <source>CATEGORY_FIELD has {0} different values; at most {1} categories are possible.</source>
            <translation>CATEGORY_FIELD hat {0} verschiedene Werte; höchstens {1} Kategorien sind möglich.</translation>
        </message>
        <message>
            <location filename="../core/offergap.py" line="108" />
            <source>RADIUS must be greater than 0, not {0}.</source>
            <translation>RADIUS muss größer als 0 sein, nicht {0}.</translation>
        </message>
        <message>
            <location filename="../core/offergap.py" line="110" />
            <source>GAP_RATIO must be 0 or more, not {0}.</source>
            <translation>GAP_RATIO muss 0 oder größer sein, nicht {0}.</translation>
        </message>
        <message>
            <location filename="../core/offergap.py" line="114" />
            <source>Unknown decay: {0}</source>
            <translation>Unbekannte Entfernungsabnahme: {0}</translation>
        </message>
        <message>
            <location filename="../core/offergap.py" line="149" />
            <source>Field '{0}': value {1} of feature {2} is negative.</source>
            <translation>Feld '{0}': Wert {1} von Objekt {2} ist negativ.</translation>
        </message>
        <message>
            <location filename="../core/offergap.py" line="341" />
            <source>The need is 0 or NULL in every area.</source>
            <translation>Der Bedarf ist in jedem Gebiet 0 oder NULL.</translation>
        </message>
        <message>
            <location filename="../core/poimatch.py" line="129" />
            <source>MAX_DISTANCE must be &gt; 0 and MOVED_DISTANCE at least MAX_DISTANCE.</source>
            <translation>MAX_DISTANCE muss &gt; 0 sein und MOVED_DISTANCE mindestens MAX_DISTANCE.</translation>
        </message>
        <message>
            <location filename="../core/poimatch.py" line="135" />
            <source>MIN_SCORE must lie between 0 and 1.</source>
            <translation>MIN_SCORE muss zwischen 0 und 1 liegen.</translation>
        </message>
        <message>
            <location filename="../core/robustheit.py" line="112" />
            <source>STABLE_SHARE must be between 0 and 1, not {0}.</source>
            <translation>STABLE_SHARE muss zwischen 0 und 1 liegen, nicht {0}.</translation>
        </message>
        <message>
            <location filename="../core/robustheit.py" line="141" />
            <source>No method variant could be computed.</source>
            <translation>Keine Methodenvariante konnte berechnet werden.</translation>
        </message>
        <message>
            <location filename="../core/webexport.py" line="50" />
            <source>BASEMAP_URL must be an http(s) address, not '{0}'.</source>
            <translation>BASEMAP_URL muss eine http(s)-Adresse sein, nicht '{0}'.</translation>
        </message>
        <message>
            <location filename="../core/webexport.py" line="55" />
            <source>BASEMAP_URL has an invalid host: '{0}'.</source>
            <translation>BASEMAP_URL hat einen ungültigen Host: '{0}'.</translation>
        </message>
        <message>
            <location filename="../core/webexport.py" line="60" />
            <source>The tile URL in BASEMAP_URL needs {{z}}, {{x}} and {{y}}: '{0}'.</source>
            <translation>Die Kachel-URL in BASEMAP_URL benötigt {{z}}, {{x}} und {{y}}: '{0}'.</translation>
        </message>
        <message>
            <location filename="../core/kommonitor.py" line="333" />
            <source>'{0}': {1} records repeat the ID and period of validity of another record (e.g. ID {2}); the first one is kept.</source>
            <translation>'{0}': {1} Datensätze wiederholen ID und Gültigkeitszeitraum eines anderen Datensatzes (z. B. ID {2}); der erste wird verwendet.</translation>
        </message>
        <message>
            <location filename="../core/sozialindex.py" line="20" />
            <source>Indicator {0}: the median absolute deviation is 0 (half of the {1} rated units or more share the median value); robust z cannot be computed.</source>
            <translation>Indikator {0}: Die mediane absolute Abweichung ist 0 (mindestens die Hälfte der {1} bewerteten Raumeinheiten hat den Medianwert); der robuste z-Wert kann nicht berechnet werden.</translation>
        </message>
        <message>
            <location filename="../core/sozialindex.py" line="21" />
            <source>Only {0} rated unit(s): {1} of {2} units have fewer inhabitants than MIN_POPULATION = {3:g}.</source>
            <translation>Nur {0} bewertete Raumeinheit(en): {1} von {2} Raumeinheiten haben weniger Einwohner als MIN_POPULATION = {3:g}.</translation>
        </message>
        <message>
            <location filename="../core/zeitreihe.py" line="41" />
            <source>At least two editions are needed, but YEARS gives {0}: {1}.</source>
            <translation>Mindestens zwei Ausgaben sind nötig, YEARS nennt aber {0}: {1}.</translation>
        </message>
        <message>
            <location filename="../core/zeitreihe.py" line="42" />
            <source>No field of INDICATORS holds the placeholder {{jahr}} (e.g. sgb2_{{jahr}}): every edition would be the same.</source>
            <translation>Kein Feld in INDICATORS enthält den Platzhalter {{jahr}} (z. B. sgb2_{{jahr}}): Jede Ausgabe wäre gleich.</translation>
        </message>
        <message>
            <location filename="../core/zeitreihe.py" line="43" />
            <source>Edition {0}: {1}</source>
            <translation>Ausgabe {0}: {1}</translation>
        </message>
        <message>
            <location filename="../core/zeitreihe.py" line="44" />
            <source>COMPARISON 1 (against the base year) needs a standardisation with a centre and a scale (z-score, robust z or min-max), not the percentile rank.</source>
            <translation>COMPARISON 1 (gegen das Basisjahr) braucht eine Standardisierung mit Zentrum und Skala (z-Wert, robuster z-Wert oder Min-Max), nicht den Perzentilrang.</translation>
        </message>
        <message>
            <location filename="../core/zeitreihe.py" line="103" />
            <source>YEARS: '{0}' is no year (letters, digits and _ only).</source>
            <translation>YEARS: '{0}' ist kein Jahr (nur Buchstaben, Ziffern und _).</translation>
        </message>
        <message>
            <location filename="../core/zeitreihe.py" line="109" />
            <source>YEARS: {0} is given more than once.</source>
            <translation>YEARS: {0} ist mehrfach angegeben.</translation>
        </message>
        <message>
            <location filename="../core/zeitreihe.py" line="217" />
            <source>Unknown comparison: {0}</source>
            <translation>Unbekannter Vergleich: {0}</translation>
        </message>
        <message>
            <location filename="../core/zeitreihe.py" line="221" />
            <source>WARN_DELTA must be a number &gt;= 0, not {0}.</source>
            <translation>WARN_DELTA muss eine Zahl &gt;= 0 sein, nicht {0}.</translation>
        </message>
        <message>
            <location filename="../core/offergap.py" line="434" />
            <source>No offer has a category in '{0}'.</source>
            <translation>Kein Angebot hat eine Kategorie in '{0}'.</translation>
        </message>
        <message>
            <location filename="../core/kommonitor.py" line="48" />
            <source>BASE_URL '{0}' is no http(s) address; expected e.g. https://monitor.example.de/management</source>
            <translation>BASE_URL '{0}' ist keine http(s)-Adresse; erwartet z. B. https://monitor.example.de/management</translation>
        </message>
        <message>
            <location filename="../core/kommonitor.py" line="63" />
            <source>KomMonitor answered {0} with HTTP 401 (not authenticated): choose an authentication configuration (AUTH_CONFIG) that sends a valid token, or PUBLIC for public data.</source>
            <translation>KomMonitor hat {0} mit HTTP 401 beantwortet (nicht angemeldet): Wählen Sie eine Authentifizierungskonfiguration (AUTH_CONFIG), die ein gültiges Token sendet, oder PUBLIC für öffentliche Daten.</translation>
        </message>
        <message>
            <location filename="../core/kommonitor.py" line="68" />
            <source>KomMonitor answered {0} with HTTP 403 (forbidden): the user of the token may not read this dataset; ask the KomMonitor administrators for the role.</source>
            <translation>KomMonitor hat {0} mit HTTP 403 beantwortet (verboten): Der Benutzer des Tokens darf diesen Datensatz nicht lesen; bitten Sie die KomMonitor-Administration um die Rolle.</translation>
        </message>
        <message>
            <location filename="../core/kommonitor.py" line="73" />
            <source>KomMonitor answered {0} with HTTP 404 (not found): check BASE_URL (with its prefix, e.g. /management), the ids and PUBLIC (protected datasets have no public mirror).</source>
            <translation>KomMonitor hat {0} mit HTTP 404 beantwortet (nicht gefunden): Prüfen Sie BASE_URL (mit Präfix, z. B. /management), die IDs und PUBLIC (geschützte Datensätze haben keinen öffentlichen Spiegel).</translation>
        </message>
        <message>
            <location filename="../core/kommonitor.py" line="110" />
            <source>The answer of {0} is no valid JSON (it starts with '{1}'). Is BASE_URL the KomMonitor data-management API?</source>
            <translation>Die Antwort von {0} ist kein gültiges JSON (sie beginnt mit '{1}'). Ist BASE_URL die Data-Management-API von KomMonitor?</translation>
        </message>
        <message>
            <location filename="../core/kommonitor.py" line="120" />
            <source>The answer of {0} is encrypted ('encryptedData'): this KomMonitor server runs with encryption.enabled=true, which only its own web client can read. Ask the administrators for an unencrypted data-management endpoint.</source>
            <translation>Die Antwort von {0} ist verschlüsselt ('encryptedData'): Dieser KomMonitor-Server läuft mit encryption.enabled=true, was nur sein eigener Web-Client lesen kann. Bitten Sie die Administration um einen unverschlüsselten Data-Management-Endpunkt.</translation>
        </message>
        <message>
            <location filename="../core/kommonitor.py" line="293" />
            <source>COLUMN_PREFIXES: '{0}' is no valid field name (letters, digits and _, not starting with a digit).</source>
            <translation>COLUMN_PREFIXES: '{0}' ist kein gültiger Feldname (Buchstaben, Ziffern und _, nicht mit einer Ziffer beginnend).</translation>
        </message>
        <message>
            <location filename="../core/kommonitor.py" line="417" />
            <source>Indicator '{0}': {1} older records of units with several periods of validity were skipped (the newest geometry is kept).</source>
            <translation>Indikator '{0}': {1} ältere Datensätze von Raumeinheiten mit mehreren Gültigkeitszeiträumen wurden übersprungen (die neueste Geometrie bleibt).</translation>
        </message>
        <message>
            <location filename="../core/kommonitor.py" line="607" />
            <source>Georesource '{0}': {1} records of other periods of validity were left out.</source>
            <translation>Georessource '{0}': {1} Datensätze anderer Gültigkeitszeiträume wurden weggelassen.</translation>
        </message>
        <message>
            <location filename="../core/poimatch_results.py" line="77" />
            <source>pm_entscheidung must be accepted, rejected or relinked, not '{0}'.</source>
            <translation>pm_entscheidung muss accepted, rejected oder relinked sein, nicht '{0}'.</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="718" />
            <source>The input layer has no field {0}: run Sozialindex and Dynamik first (fields si_* and dyn_*).</source>
            <translation>Der Eingabelayer hat kein Feld {0}: Führen Sie zuerst Sozialindex und Dynamik aus (Felder si_* und dyn_*).</translation>
        </message>
        <message>
            <location filename="../core/sozialindex.py" line="87" />
            <source>The cuts must satisfy CUT_SEHR_NIEDRIG &lt; CUT_NIEDRIG &lt; CUT_HOCH ({0} / {1} / {2}).</source>
            <translation>Die Schwellen müssen CUT_SEHR_NIEDRIG &lt; CUT_NIEDRIG &lt; CUT_HOCH erfüllen ({0} / {1} / {2}).</translation>
        </message>
        <message>
            <location filename="../core/webexport.py" line="72" />
            <source>BASEMAP_URL is neither a tile URL with {{z}}/{{x}}/{{y}} nor a WMS URL with LAYERS: '{0}'.</source>
            <translation>BASEMAP_URL ist weder eine Kachel-URL mit {{z}}/{{x}}/{{y}} noch eine WMS-URL mit LAYERS: '{0}'.</translation>
        </message>
    </context>
    <context>
        <name>OffergapAlgorithm</name>
        <message>
            <location filename="../algorithms/network.py" line="95" />
            <source>The NETWORK layer has no usable lines.</source>
            <translation>Der Layer NETWORK hat keine nutzbaren Linien.</translation>
        </message>
        <message>
            <location filename="../algorithms/offergap.py" line="61" />
            <source>Analyse offer gaps</source>
            <translation>Angebotslücken analysieren</translation>
        </message>
        <message>
            <location filename="../algorithms/offergap.py" line="66" />
            <source>Areas (e.g. Sozialquartiere)</source>
            <translation>Gebiete (z. B. Sozialquartiere)</translation>
        </message>
        <message>
            <location filename="../algorithms/offergap.py" line="66" />
            <source>Polygons with id, need and (optionally) the Sozialindex status; their fields are kept.</source>
            <translation>Polygone mit ID, Bedarf und (optional) dem Sozialindex-Status; ihre Felder bleiben erhalten.</translation>
        </message>
        <message>
            <location filename="../algorithms/offergap.py" line="72" />
            <source>Id field</source>
            <translation>ID-Feld</translation>
        </message>
        <message>
            <location filename="../algorithms/offergap.py" line="72" />
            <source>Unique id of each area; duplicates are an error.</source>
            <translation>Eindeutige Kennung jedes Gebiets; Duplikate sind ein Fehler.</translation>
        </message>
        <message>
            <location filename="../algorithms/offergap.py" line="78" />
            <source>Need field (target population)</source>
            <translation>Bedarfsfeld (Zielgruppe)</translation>
        </message>
        <message>
            <location filename="../algorithms/offergap.py" line="78" />
            <source>Count of the target population per area, e.g. children under 6 or all inhabitants.</source>
            <translation>Anzahl der Zielgruppe je Gebiet, z. B. Kinder unter 6 Jahren oder alle Einwohner.</translation>
        </message>
        <message>
            <location filename="../algorithms/offergap.py" line="86" />
            <source>Status field</source>
            <translation>Statusfeld</translation>
        </message>
        <message>
            <location filename="../algorithms/offergap.py" line="86" />
            <source>Sozialindex status (si_status or si_status_code) for the priority; empty: status unknown.</source>
            <translation>Sozialindex-Status (si_status oder si_status_code) für die Priorität; leer: Status unbekannt.</translation>
        </message>
        <message>
            <location filename="../algorithms/offergap.py" line="94" />
            <source>Offers (institutions)</source>
            <translation>Angebote (Einrichtungen)</translation>
        </message>
        <message>
            <location filename="../algorithms/offergap.py" line="94" />
            <source>Points of the offers, e.g. the institution register.</source>
            <translation>Punkte der Angebote, z. B. das Einrichtungsregister.</translation>
        </message>
        <message>
            <location filename="../algorithms/offergap.py" line="100" />
            <source>Category field</source>
            <translation>Kategoriefeld</translation>
        </message>
        <message>
            <location filename="../algorithms/offergap.py" line="100" />
            <source>Offer category (e.g. Kita); each category gets its own fields. Empty: one category 'alle'.</source>
            <translation>Angebotskategorie (z. B. Kita); jede Kategorie erhält eigene Felder. Leer: eine Kategorie 'alle'.</translation>
        </message>
        <message>
            <location filename="../algorithms/offergap.py" line="111" />
            <source>Capacity field</source>
            <translation>Kapazitätsfeld</translation>
        </message>
        <message>
            <location filename="../algorithms/offergap.py" line="111" />
            <source>Places or other capacity per offer; empty: 1 per offer. NULL: median of the category.</source>
            <translation>Plätze oder andere Kapazität je Angebot; leer: 1 je Angebot. NULL: Median der Kategorie.</translation>
        </message>
        <message>
            <location filename="../algorithms/offergap.py" line="120" />
            <source>Demand locations (addresses, buildings, grid cells)</source>
            <translation>Nachfrageorte (Adressen, Gebäude, Rasterzellen)</translation>
        </message>
        <message>
            <location filename="../algorithms/offergap.py" line="120" />
            <source>Where the need lives; each area's need is spread over its locations. Empty: area centres.</source>
            <translation>Wo die Zielgruppe wohnt; der Bedarf jedes Gebiets wird auf dessen Orte verteilt. Leer: Gebietsmittelpunkte.</translation>
        </message>
        <message>
            <location filename="../algorithms/offergap.py" line="131" />
            <source>Demand weight field</source>
            <translation>Nachfragegewicht</translation>
        </message>
        <message>
            <location filename="../algorithms/offergap.py" line="131" />
            <source>Residents (or the target group) per demand location; empty: 1 per location.</source>
            <translation>Einwohner (oder Zielgruppe) je Nachfrageort; leer: 1 je Ort.</translation>
        </message>
        <message>
            <location filename="../algorithms/offergap.py" line="140" />
            <source>Radius (m)</source>
            <translation>Radius (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/offergap.py" line="140" />
            <source>Catchment radius in metres; a distance equal to the radius is inside.</source>
            <translation>Einzugsradius in Metern; eine Entfernung gleich dem Radius liegt innerhalb.</translation>
        </message>
        <message>
            <location filename="../algorithms/offergap.py" line="150" />
            <source>Distance decay</source>
            <translation>Entfernungsabnahme</translation>
        </message>
        <message>
            <location filename="../algorithms/offergap.py" line="150" />
            <source>None (2SFCA)</source>
            <translation>Keine (2SFCA)</translation>
        </message>
        <message>
            <location filename="../algorithms/offergap.py" line="150" />
            <source>Linear (E2SFCA)</source>
            <translation>Linear (E2SFCA)</translation>
        </message>
        <message>
            <location filename="../algorithms/offergap.py" line="150" />
            <source>Gaussian (E2SFCA)</source>
            <translation>Gauß (E2SFCA)</translation>
        </message>
        <message>
            <location filename="../algorithms/offergap.py" line="150" />
            <source>Weight of an offer by distance inside the radius: none, 1 - d/R, or Gaussian to 0 at R.</source>
            <translation>Gewicht eines Angebots nach Entfernung innerhalb des Radius: keines, 1 - d/R oder gaußförmig bis 0 bei R.</translation>
        </message>
        <message>
            <location filename="../algorithms/offergap.py" line="161" />
            <source>Gap ratio</source>
            <translation>Lückenschwelle</translation>
        </message>
        <message>
            <location filename="../algorithms/offergap.py" line="161" />
            <source>A gap where accessibility is below this share of the city-wide value.</source>
            <translation>Eine Lücke liegt vor, wenn die Erreichbarkeit unter diesem Anteil des gesamtstädtischen Werts liegt.</translation>
        </message>
        <message>
            <location filename="../algorithms/offergap.py" line="171" />
            <source>Street network (optional)</source>
            <translation>Straßennetz (optional)</translation>
        </message>
        <message>
            <location filename="../algorithms/offergap.py" line="171" />
            <source>Lines connected at shared vertices; distances follow them. Empty: straight lines.</source>
            <translation>Linien, die an gemeinsamen Stützpunkten verbunden sind; die Entfernungen folgen ihnen. Leer: Luftlinie.</translation>
        </message>
        <message>
            <location filename="../algorithms/offergap.py" line="181" />
            <source>Offer gaps</source>
            <translation>Angebotslücken</translation>
        </message>
        <message>
            <location filename="../algorithms/offergap.py" line="181" />
            <source>The areas with og_* fields per category, og_luecken and og_prioritaet.</source>
            <translation>Die Gebiete mit og_*-Feldern je Kategorie, og_luecken und og_prioritaet.</translation>
        </message>
        <message>
            <location filename="../algorithms/offergap.py" line="187" />
            <source>Offer gaps (long table)</source>
            <translation>Angebotslücken (Langtabelle)</translation>
        </message>
        <message>
            <location filename="../algorithms/offergap.py" line="187" />
            <source>One row per area, category and measure, for charts and filters.</source>
            <translation>Eine Zeile je Gebiet, Kategorie und Kennzahl, für Diagramme und Filter.</translation>
        </message>
        <message>
            <location filename="../algorithms/offergap.py" line="232" />
            <source>Area '{0}' has no geometry.</source>
            <translation>Gebiet '{0}' hat keine Geometrie.</translation>
        </message>
        <message>
            <location filename="../algorithms/offergap.py" line="267" />
            <source>Canceled.</source>
            <translation>Abgebrochen.</translation>
        </message>
        <message>
            <location filename="../algorithms/offergap.py" line="270" />
            <source>{0}: {1} features without geometry are left out.</source>
            <translation>{0}: {1} Objekte ohne Geometrie werden ausgelassen.</translation>
        </message>
        <message>
            <location filename="../algorithms/offergap.py" line="293" />
            <source>ID_FIELD and NEED_FIELD are needed.</source>
            <translation>ID_FIELD und NEED_FIELD werden benötigt.</translation>
        </message>
        <message>
            <location filename="../core/offergap.py" line="425" />
            <source>{0} areas have no need (NULL in '{1}'): no per-need figures, no gap.</source>
            <translation>{0} Gebiete haben keinen Bedarf (NULL in '{1}'): keine Werte je Bedarf, keine Lücke.</translation>
        </message>
        <message>
            <location filename="../core/offergap.py" line="432" />
            <source>Network: demand snapped to the nearest node, at most {0:.0f} m away.</source>
            <translation>Netz: Nachfrage auf den nächsten Knoten gefangen, höchstens {0:.0f} m entfernt.</translation>
        </message>
        <message>
            <location filename="../core/offergap.py" line="433" />
            <source>{0} demand locations reach no offer of '{1}' on the network; og_{2}_dist leaves them out.</source>
            <translation>{0} Nachfrageorte erreichen im Netz kein Angebot von '{1}'; og_{2}_dist lässt sie aus.</translation>
        </message>
        <message>
            <location filename="../core/offergap.py" line="426" />
            <source>Categories {0} are one category '{1}'.</source>
            <translation>Die Kategorien {0} werden zu einer Kategorie '{1}' zusammengefasst.</translation>
        </message>
        <message>
            <location filename="../core/offergap.py" line="427" />
            <source>{0} offers without a category ('{1}' is NULL or empty) are left out.</source>
            <translation>{0} Angebote ohne Kategorie ('{1}' ist NULL oder leer) werden ausgelassen.</translation>
        </message>
        <message>
            <location filename="../core/offergap.py" line="428" />
            <source>'{0}': {1} offers with NULL capacity get the median capacity {2:g} of the category.</source>
            <translation>'{0}': {1} Angebote mit Kapazität NULL erhalten die Median-Kapazität {2:g} der Kategorie.</translation>
        </message>
        <message>
            <location filename="../core/offergap.py" line="429" />
            <source>{0} demand locations with NULL in '{1}' count 0.</source>
            <translation>{0} Nachfrageorte mit NULL in '{1}' zählen als 0.</translation>
        </message>
        <message>
            <location filename="../core/offergap.py" line="430" />
            <source>{0} demand locations lie in no area and are left out.</source>
            <translation>{0} Nachfrageorte liegen in keinem Gebiet und werden ausgelassen.</translation>
        </message>
        <message>
            <location filename="../core/offergap.py" line="431" />
            <source>{0} areas with need have no demand location (e.g. {1}); their centre carries the need.</source>
            <translation>{0} Gebiete mit Bedarf haben keinen Nachfrageort (z. B. {1}); ihr Mittelpunkt trägt den Bedarf.</translation>
        </message>
        <message>
            <location filename="../algorithms/offergap.py" line="391" />
            <source>{0}: city-wide {1:.2f} per 1,000, gap below {2:.2f}: {3} areas.</source>
            <translation>{0}: gesamtstädtisch {1:.2f} je 1.000, Lücke unter {2:.2f}: {3} Gebiete.</translation>
        </message>
        <message>
            <location filename="../algorithms/offergap.py" line="400" />
            <source>Priority: {0} hoch, {1} mittel, {2} niedrig.</source>
            <translation>Priorität: {0} hoch, {1} mittel, {2} niedrig.</translation>
        </message>
        <message>
            <location filename="../algorithms/offergap.py" line="217" />
            <source>{0} must be a polygon layer, not {1}.</source>
            <translation>{0} muss ein Polygonlayer sein, nicht {1}.</translation>
        </message>
    </context>
    <context>
        <name>PoiMatchAlgorithm</name>
        <message>
            <location filename="../algorithms/poimatch.py" line="147" />
            <source>Match institutions with POIs</source>
            <translation>Einrichtungen mit POI abgleichen</translation>
        </message>
        <message>
            <location filename="../algorithms/poimatch.py" line="152" />
            <source>Register of institutions</source>
            <translation>Einrichtungsregister</translation>
        </message>
        <message>
            <location filename="../algorithms/poimatch.py" line="152" />
            <source>Points of the register (a reviewed result of an earlier run keeps its decisions).</source>
            <translation>Punkte des Registers (ein geprüftes Ergebnis eines früheren Laufs behält seine Entscheidungen).</translation>
        </message>
        <message>
            <location filename="../algorithms/poimatch.py" line="156" />
            <source>Register id</source>
            <translation>Register-ID</translation>
        </message>
        <message>
            <location filename="../algorithms/poimatch.py" line="156" />
            <source>Unique id.</source>
            <translation>Eindeutige Kennung.</translation>
        </message>
        <message>
            <location filename="../algorithms/poimatch.py" line="157" />
            <source>Register name</source>
            <translation>Registername</translation>
        </message>
        <message>
            <location filename="../algorithms/poimatch.py" line="157" />
            <source>Name.</source>
            <translation>Name.</translation>
        </message>
        <message>
            <location filename="../algorithms/poimatch.py" line="158" />
            <source>Register category</source>
            <translation>Registerkategorie</translation>
        </message>
        <message>
            <location filename="../algorithms/poimatch.py" line="158" />
            <source>Category, e.g. Kita, Familienzentrum, Jugendzentrum.</source>
            <translation>Kategorie, z. B. Kita, Familienzentrum, Jugendzentrum.</translation>
        </message>
        <message>
            <location filename="../algorithms/poimatch.py" line="165" />
            <source>Register address (or street)</source>
            <translation>Registeradresse (oder Straße)</translation>
        </message>
        <message>
            <location filename="../algorithms/poimatch.py" line="165" />
            <source>Address 'Street 12a', or the street when a house number field is given.</source>
            <translation>Adresse 'Straße 12a' oder die Straße, wenn ein Hausnummernfeld angegeben ist.</translation>
        </message>
        <message>
            <location filename="../algorithms/poimatch.py" line="172" />
            <source>Register house number</source>
            <translation>Register-Hausnummer</translation>
        </message>
        <message>
            <location filename="../algorithms/poimatch.py" line="172" />
            <source>House number when the address field holds only the street.</source>
            <translation>Hausnummer, wenn das Adressfeld nur die Straße enthält.</translation>
        </message>
        <message>
            <location filename="../algorithms/poimatch.py" line="180" />
            <source>Points of interest</source>
            <translation>POI (Points of Interest)</translation>
        </message>
        <message>
            <location filename="../algorithms/poimatch.py" line="180" />
            <source>POIs, e.g. OpenStreetMap points from the OGR OSM driver.</source>
            <translation>POI, z. B. OpenStreetMap-Punkte aus dem OGR-OSM-Treiber.</translation>
        </message>
        <message>
            <location filename="../algorithms/poimatch.py" line="184" />
            <source>POI id</source>
            <translation>POI-ID</translation>
        </message>
        <message>
            <location filename="../algorithms/poimatch.py" line="184" />
            <source>Unique id, e.g. osm_id.</source>
            <translation>Eindeutige Kennung, z. B. osm_id.</translation>
        </message>
        <message>
            <location filename="../algorithms/poimatch.py" line="185" />
            <source>POI name</source>
            <translation>POI-Name</translation>
        </message>
        <message>
            <location filename="../algorithms/poimatch.py" line="185" />
            <source>Name (empty: name tag of other_tags).</source>
            <translation>Name (leer: name-Tag aus other_tags).</translation>
        </message>
        <message>
            <location filename="../algorithms/poimatch.py" line="188" />
            <source>POI category</source>
            <translation>POI-Kategorie</translation>
        </message>
        <message>
            <location filename="../algorithms/poimatch.py" line="188" />
            <source>Category field, e.g. amenity; other_tags are read as well.</source>
            <translation>Kategoriefeld, z. B. amenity; other_tags werden ebenfalls gelesen.</translation>
        </message>
        <message>
            <location filename="../algorithms/poimatch.py" line="195" />
            <source>POI address (or street)</source>
            <translation>POI-Adresse (oder Straße)</translation>
        </message>
        <message>
            <location filename="../algorithms/poimatch.py" line="195" />
            <source>Address or street (e.g. addr_street); empty: addr:* tags of other_tags.</source>
            <translation>Adresse oder Straße (z. B. addr_street); leer: addr:*-Tags aus other_tags.</translation>
        </message>
        <message>
            <location filename="../algorithms/poimatch.py" line="202" />
            <source>POI house number</source>
            <translation>POI-Hausnummer</translation>
        </message>
        <message>
            <location filename="../algorithms/poimatch.py" line="202" />
            <source>House number (e.g. addr_housenumber) when the address field holds only the street.</source>
            <translation>Hausnummer (z. B. addr_housenumber), wenn das Adressfeld nur die Straße enthält.</translation>
        </message>
        <message>
            <location filename="../algorithms/poimatch.py" line="209" />
            <source>POI tags (hstore)</source>
            <translation>POI-Tags (hstore)</translation>
        </message>
        <message>
            <location filename="../algorithms/poimatch.py" line="209" />
            <source>OSM tags as hstore text; empty: the field other_tags when the layer has it.</source>
            <translation>OSM-Tags als hstore-Text; leer: das Feld other_tags, wenn der Layer es hat.</translation>
        </message>
        <message>
            <location filename="../algorithms/poimatch.py" line="217" />
            <source>Maximum distance for a confirmation</source>
            <translation>Höchstentfernung für eine Bestätigung</translation>
        </message>
        <message>
            <location filename="../algorithms/poimatch.py" line="217" />
            <source>A match up to this distance is 'bestätigt'.</source>
            <translation>Ein Treffer bis zu dieser Entfernung ist 'bestätigt'.</translation>
        </message>
        <message>
            <location filename="../algorithms/poimatch.py" line="217" />
            <source>Maximum distance for a move</source>
            <translation>Höchstentfernung für eine Verschiebung</translation>
        </message>
        <message>
            <location filename="../algorithms/poimatch.py" line="217" />
            <source>A strong name match up to this distance is 'verschoben'.</source>
            <translation>Eine starke Namensübereinstimmung bis zu dieser Entfernung ist 'verschoben'.</translation>
        </message>
        <message>
            <location filename="../algorithms/poimatch.py" line="225" />
            <source>Minimum score</source>
            <translation>Mindest-Score</translation>
        </message>
        <message>
            <location filename="../algorithms/poimatch.py" line="225" />
            <source>Pairs below this score are not matched; up to 0.15 above it they are marked for review.</source>
            <translation>Paare unter diesem Score werden nicht zugeordnet; bis 0,15 darüber werden sie zur Prüfung markiert.</translation>
        </message>
        <message>
            <location filename="../algorithms/poimatch.py" line="238" />
            <source>Category mapping</source>
            <translation>Kategoriezuordnung</translation>
        </message>
        <message>
            <location filename="../algorithms/poimatch.py" line="238" />
            <source>One pair per row: register category and a POI category (value, or OSM key=value). Empty: built-in mapping of German category words to OSM tags.</source>
            <translation>Ein Paar je Zeile: Registerkategorie und eine POI-Kategorie (Wert oder OSM-Schlüssel=Wert). Leer: eingebaute Zuordnung deutscher Kategoriebegriffe zu OSM-Tags.</translation>
        </message>
        <message>
            <location filename="../algorithms/poimatch.py" line="251" />
            <source>Register matched</source>
            <translation>Abgeglichenes Register</translation>
        </message>
        <message>
            <location filename="../algorithms/poimatch.py" line="251" />
            <source>New institutions</source>
            <translation>Neue Einrichtungen</translation>
        </message>
        <message>
            <location filename="../algorithms/poimatch.py" line="251" />
            <source>Match lines</source>
            <translation>Abgleichslinien</translation>
        </message>
        <message>
            <location filename="../algorithms/poimatch.py" line="306" />
            <source>{0}: feature {1} has no geometry.</source>
            <translation>{0}: Objekt {1} hat keine Geometrie.</translation>
        </message>
        <message>
            <location filename="../algorithms/poimatch.py" line="321" />
            <source>{0}: {1} features without geometry are skipped.</source>
            <translation>{0}: {1} Objekte ohne Geometrie werden übersprungen.</translation>
        </message>
        <message>
            <location filename="../algorithms/poimatch.py" line="355" />
            <source>{0} is required ({1}).</source>
            <translation>{0} ist erforderlich ({1}).</translation>
        </message>
        <message>
            <location filename="../algorithms/poimatch.py" line="366" />
            <source>CATEGORY_MAP: every row needs a register and a POI category: {0}</source>
            <translation>CATEGORY_MAP: Jede Zeile benötigt eine Register- und eine POI-Kategorie: {0}</translation>
        </message>
        <message>
            <location filename="../algorithms/poimatch.py" line="399" />
            <source>MAX_DISTANCE must be &gt; 0 and MOVED_DISTANCE at least MAX_DISTANCE.</source>
            <translation>MAX_DISTANCE muss &gt; 0 sein und MOVED_DISTANCE mindestens MAX_DISTANCE.</translation>
        </message>
        <message>
            <location filename="../algorithms/poimatch.py" line="448" />
            <source>Marked for review: {0}</source>
            <translation>Zur Prüfung markiert: {0}</translation>
        </message>
        <message>
            <location filename="../algorithms/poimatch.py" line="338" />
            <source>{0}: feature {1} is a {2}; points are needed{3}.</source>
            <translation>{0}: Objekt {1} ist vom Typ {2}; benötigt werden Punkte{3}.</translation>
        </message>
        <message>
            <location filename="../algorithms/poimatch.py" line="338" />
            <source> (or polygons)</source>
            <translation> (oder Polygone)</translation>
        </message>
        <message>
            <location filename="../algorithms/poimatch.py" line="317" />
            <source>{0}: {1} polygons are matched at a point on their surface.</source>
            <translation>{0}: {1} Polygone werden an einem Punkt auf ihrer Fläche abgeglichen.</translation>
        </message>
    </context>
    <context>
        <name>PoiReviewDialog</name>
        <message>
            <location filename="../ui/poi_review.ui" line="14" />
            <source>Review POI matching</source>
            <translation>POI-Abgleich prüfen</translation>
        </message>
        <message>
            <location filename="../ui/poi_review.ui" line="22" />
            <source>Matched register</source>
            <translation>Abgeglichenes Register</translation>
        </message>
        <message>
            <location filename="../ui/poi_review.ui" line="32" />
            <source>Match lines</source>
            <translation>Abgleichslinien</translation>
        </message>
        <message>
            <location filename="../ui/poi_review.ui" line="42" />
            <source>New institutions (also the POIs to relink to)</source>
            <translation>Neue Einrichtungen (auch die POI zum Neuverknüpfen)</translation>
        </message>
        <message>
            <location filename="../ui/poi_review.ui" line="56" />
            <source>Show</source>
            <translation>Anzeigen</translation>
        </message>
        <message>
            <location filename="../ui/poi_review.ui" line="66" />
            <source>Only entries marked for review</source>
            <translation>Nur zur Prüfung markierte Einträge</translation>
        </message>
        <message>
            <location filename="../ui/poi_review.ui" line="110" />
            <source>Accept</source>
            <translation>Annehmen</translation>
        </message>
        <message>
            <location filename="../ui/poi_review.ui" line="117" />
            <source>Reject</source>
            <translation>Ablehnen</translation>
        </message>
        <message>
            <location filename="../ui/poi_review.ui" line="134" />
            <source>Relink to this POI</source>
            <translation>Mit diesem POI verknüpfen</translation>
        </message>
        <message>
            <location filename="../ui/poi_review.ui" line="145" />
            <source>Export update list…</source>
            <translation>Aktualisierungsliste exportieren…</translation>
        </message>
        <message>
            <location filename="../ui/poi_review.py" line="115" />
            <source>Layer '{0}' has no field {1}: not a poimatch result.</source>
            <translation>Layer '{0}' hat kein Feld {1}: kein Ergebnis des POI-Abgleichs.</translation>
        </message>
        <message>
            <location filename="../ui/poi_review.py" line="215" />
            <source>Layer '{0}' cannot be edited.</source>
            <translation>Layer '{0}' kann nicht bearbeitet werden.</translation>
        </message>
        <message>
            <location filename="../ui/poi_review.py" line="223" />
            <source>Changes to '{0}' not saved: {1}</source>
            <translation>Änderungen an '{0}' nicht gespeichert: {1}</translation>
        </message>
        <message>
            <location filename="../ui/poi_review.py" line="245" />
            <source>Only register entries can be relinked to a POI of the new layer.</source>
            <translation>Nur Registereinträge können mit einem POI des Layers der neuen Einrichtungen neu verknüpft werden.</translation>
        </message>
        <message>
            <location filename="../ui/poi_review.py" line="410" />
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <location filename="../ui/poi_review.py" line="437" />
            <source>Choose a poimatch result.</source>
            <translation>Bitte ein Ergebnis des POI-Abgleichs wählen.</translation>
        </message>
        <message>
            <location filename="../ui/poi_review.py" line="459" />
            <source>{0} entries</source>
            <translation>{0} Einträge</translation>
        </message>
        <message>
            <location filename="../ui/poi_review.py" line="488" />
            <source>{0}: {1} → {2} (score {3}, {4} m). {5}</source>
            <translation>{0}: {1} → {2} (Score {3}, {4} m). {5}</translation>
        </message>
        <message>
            <location filename="../ui/poi_review.py" line="564" />
            <source>Export update list</source>
            <translation>Aktualisierungsliste exportieren</translation>
        </message>
        <message>
            <location filename="../ui/poi_review.py" line="574" />
            <source>{0} changes written to {1} and {2}.</source>
            <translation>{0} Änderungen in {1} und {2} geschrieben.</translation>
        </message>
    </context>
    <context>
        <name>Presets</name>
        <message>
            <location filename="../ui/assistant/fields.py" line="107" />
            <source>Oberhausen: seven indicators</source>
            <translation>Oberhausen: sieben Indikatoren</translation>
        </message>
        <message>
            <location filename="../ui/assistant/fields.py" line="108" />
            <source>Berlin MSS: S1, S3, S4</source>
            <translation>MSS Berlin: S1, S3, S4</translation>
        </message>
        <message>
            <location filename="../ui/assistant/fields.py" line="127" />
            <source>{0} of {1} indicators found</source>
            <translation>{0} von {1} Indikatoren gefunden</translation>
        </message>
        <message>
            <location filename="../ui/assistant/fields.py" line="129" />
            <source> (year {0})</source>
            <translation> (Jahr {0})</translation>
        </message>
        <message>
            <location filename="../ui/assistant/fields.py" line="131" />
            <source>; missing fields: {0}</source>
            <translation>; fehlende Felder: {0}</translation>
        </message>
    </context>
    <context>
        <name>PreviewController</name>
        <message>
            <location filename="../ui/assistant/preview.py" line="138" />
            <source>Choose a layer.</source>
            <translation>Bitte einen Layer wählen.</translation>
        </message>
        <message>
            <location filename="../ui/assistant/preview.py" line="190" />
            <source>Status classes</source>
            <translation>Statusklassen</translation>
        </message>
        <message>
            <location filename="../ui/assistant/preview.py" line="199" />
            <source>Combined classes</source>
            <translation>Kombinierte Klassen</translation>
        </message>
    </context>
    <context>
        <name>PreviewLayer</name>
        <message>
            <location filename="../ui/assistant/preview_layer.py" line="76" />
            <source>Preview: Sozialindex status (temporary)</source>
            <translation>Vorschau: Sozialindex-Status (temporär)</translation>
        </message>
    </context>
    <context>
        <name>ReportAlgorithm</name>
        <message>
            <location filename="../algorithms/report.py" line="62" />
            <source>Social report / quarter profiles (Sozialbericht)</source>
            <translation>Sozialbericht / Quartiersprofile</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="66" />
            <source>Result layer</source>
            <translation>Ergebnislayer</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="66" />
            <source>Areas with the fields si_* and dyn_* (optionally og_* and rb_*).</source>
            <translation>Gebiete mit den Feldern si_* und dyn_* (optional og_* und rb_*).</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="72" />
            <source>Name field</source>
            <translation>Namensfeld</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="72" />
            <source>Name of each area, shown in the table and the profiles.</source>
            <translation>Name jedes Gebiets, angezeigt in der Tabelle und in den Profilen.</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="78" />
            <source>Indicators (status)</source>
            <translation>Indikatoren (Status)</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="78" />
            <source>The INDICATORS matrix of the social index: the shares (field / denominator) and the city values shown in the profiles. Empty: only the z-values.</source>
            <translation>Die INDICATORS-Matrix des Sozialindex: die Anteile (Feld / Nenner) und die gesamtstädtischen Werte, die in den Profilen angezeigt werden. Leer: nur die z-Werte.</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="90" />
            <source>Indicators (Dynamik)</source>
            <translation>Indikatoren (Dynamik)</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="90" />
            <source>The INDICATORS matrix of Dynamik: the change of each share in percentage points.</source>
            <translation>Die INDICATORS-Matrix der Dynamik: die Veränderung jedes Anteils in Prozentpunkten.</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="99" />
            <source>Institutions</source>
            <translation>Einrichtungen</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="99" />
            <source>Points of institutions; each profile lists those inside the area.</source>
            <translation>Punkte von Einrichtungen; jedes Profil listet die im Gebiet gelegenen auf.</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="108" />
            <source>Institution name field</source>
            <translation>Namensfeld der Einrichtungen</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="108" />
            <source>Name of an institution.</source>
            <translation>Name einer Einrichtung.</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="108" />
            <source>Institution category field</source>
            <translation>Kategoriefeld der Einrichtungen</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="108" />
            <source>Category of an institution (also names the offer categories of og_* fields).</source>
            <translation>Kategorie einer Einrichtung (benennt auch die Angebotskategorien der og_*-Felder).</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="126" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="126" />
            <source>Title of the report.</source>
            <translation>Titel des Berichts.</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="139" />
            <source>HTML report</source>
            <translation>HTML-Bericht</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="139" />
            <source>One self-contained HTML file (maps embedded, no internet access needed).</source>
            <translation>Eine eigenständige HTML-Datei (Karten eingebettet, kein Internetzugang nötig).</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="143" />
            <source>PDF report</source>
            <translation>PDF-Bericht</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="143" />
            <source>Optional PDF of the same report (QGIS print layout, A4).</source>
            <translation>Optionales PDF desselben Berichts (QGIS-Drucklayout, A4).</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="168" />
            <source>{0} areas, {1} rated, {2} profiles (si_aufmerksam = 1).</source>
            <translation>{0} Gebiete, {1} bewertet, {2} Profile (si_aufmerksam = 1).</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="247" />
            <source>Sozialindex</source>
            <translation>Sozialindex</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="190" />
            <source>A map could not be rendered; the report shows no image there.</source>
            <translation>Eine Karte konnte nicht gerendert werden; der Bericht zeigt an dieser Stelle kein Bild.</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="193" />
            <source>Writing the PDF …</source>
            <translation>Das PDF wird geschrieben …</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="196" />
            <source>The PDF could not be written: {0}</source>
            <translation>Das PDF konnte nicht geschrieben werden: {0}</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="202" />
            <source>The HTML report could not be written: {0}</source>
            <translation>Der HTML-Bericht konnte nicht geschrieben werden: {0}</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="262" />
            <source>INSTITUTIONS needs INSTITUTION_NAME_FIELD.</source>
            <translation>INSTITUTIONS benötigt INSTITUTION_NAME_FIELD.</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="269" />
            <source>Field '{0}' ({1}) does not exist in the institutions layer.</source>
            <translation>Feld '{0}' ({1}) existiert im Einrichtungslayer nicht.</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="131" />
            <source>Data date</source>
            <translation>Datenstand</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="131" />
            <source>Date of the data (e.g. 31.12.2023), shown in the footer of maps and pages. Empty: the year of the indicator fields.</source>
            <translation>Datum der Daten (z. B. 31.12.2023), in der Fußzeile der Karten und Seiten. Leer: das Jahr der Indikatorfelder.</translation>
        </message>
    </context>
    <context>
        <name>RobustheitAlgorithm</name>
        <message>
            <location filename="../algorithms/robustheit.py" line="39" />
            <source>Robustness of the social index</source>
            <translation>Robustheit des Sozialindex</translation>
        </message>
        <message>
            <location filename="../algorithms/robustheit.py" line="47" />
            <source>Runs with random weights</source>
            <translation>Läufe mit Zufallsgewichten</translation>
        </message>
        <message>
            <location filename="../algorithms/robustheit.py" line="47" />
            <source>Number of variants in which every weight is multiplied by a random factor in [0.5, 1.5].</source>
            <translation>Anzahl der Varianten, in denen jedes Gewicht mit einem Zufallsfaktor aus [0,5; 1,5] multipliziert wird.</translation>
        </message>
        <message>
            <location filename="../algorithms/robustheit.py" line="55" />
            <source>Random seed</source>
            <translation>Startwert des Zufallsgenerators</translation>
        </message>
        <message>
            <location filename="../algorithms/robustheit.py" line="55" />
            <source>Seed of the random weights: the same seed gives the same result.</source>
            <translation>Startwert für die Zufallsgewichte: Derselbe Startwert liefert dasselbe Ergebnis.</translation>
        </message>
        <message>
            <location filename="../algorithms/robustheit.py" line="60" />
            <source>Share for a stable class</source>
            <translation>Anteil für eine stabile Klasse</translation>
        </message>
        <message>
            <location filename="../algorithms/robustheit.py" line="60" />
            <source>An area is uncertain (rb_unsicher = 1) when fewer variants than this share keep its class.</source>
            <translation>Ein Gebiet ist unsicher (rb_unsicher = 1), wenn weniger Varianten als dieser Anteil seine Klasse beibehalten.</translation>
        </message>
        <message>
            <location filename="../algorithms/robustheit.py" line="74" />
            <source>Robustness</source>
            <translation>Robustheit</translation>
        </message>
        <message>
            <location filename="../algorithms/robustheit.py" line="74" />
            <source>The input features with the robustness fields rb_*.</source>
            <translation>Die Eingabeobjekte mit den Robustheitsfeldern rb_*.</translation>
        </message>
        <message>
            <location filename="../algorithms/robustheit.py" line="130" />
            <source>Variant '{0}' left out: {1}</source>
            <translation>Variante '{0}' ausgelassen: {1}</translation>
        </message>
        <message>
            <location filename="../algorithms/robustheit.py" line="136" />
            <source>{0} variants computed; {1} of {2} rated areas are uncertain (share of equal class &lt; {3}).</source>
            <translation>{0} Varianten berechnet; {1} von {2} bewerteten Gebieten sind unsicher (Anteil gleicher Klasse &lt; {3}).</translation>
        </message>
    </context>
    <context>
        <name>RunController</name>
        <message>
            <location filename="../ui/assistant/runner.py" line="90" />
            <source>Step {0} of {1}: {2}…</source>
            <translation>Schritt {0} von {1}: {2}…</translation>
        </message>
        <message>
            <location filename="../ui/assistant/runner.py" line="108" />
            <source>Canceling…</source>
            <translation>Wird abgebrochen…</translation>
        </message>
        <message>
            <location filename="../ui/assistant/runner.py" line="125" />
            <source>The result could not be loaded: {0}</source>
            <translation>Das Ergebnis konnte nicht geladen werden: {0}</translation>
        </message>
        <message>
            <location filename="../ui/assistant/runner.py" line="133" />
            <source>Canceled: no result was written to the project.</source>
            <translation>Abgebrochen: Es wurde kein Ergebnis in das Projekt geschrieben.</translation>
        </message>
        <message>
            <location filename="../ui/assistant/runner.py" line="135" />
            <source>The algorithm failed.</source>
            <translation>Der Algorithmus ist fehlgeschlagen.</translation>
        </message>
        <message>
            <location filename="../ui/assistant/runner.py" line="137" />
            <source>Sozialindex assistant</source>
            <translation>Sozialindex-Assistent</translation>
        </message>
        <message>
            <location filename="../ui/assistant/runner.py" line="145" />
            <source>Done: layer '{0}' with {1} areas added to the project.</source>
            <translation>Fertig: Layer '{0}' mit {1} Gebieten zum Projekt hinzugefügt.</translation>
        </message>
    </context>
    <context>
        <name>SozialindexAlgorithm</name>
        <message>
            <location filename="../algorithms/sozialindex.py" line="60" />
            <source>Compute social index (Sozialindex)</source>
            <translation>Sozialindex berechnen</translation>
        </message>
        <message>
            <location filename="../algorithms/sozialindex.py" line="75" />
            <source>Indicators</source>
            <translation>Indikatoren</translation>
        </message>
        <message>
            <location filename="../algorithms/sozialindex.py" line="75" />
            <source>One row per indicator: field (share, or count when a denominator is given), denominator field (empty for shares), direction ('+': higher means more disadvantage, '-': higher is favourable) and weight (default 1).</source>
            <translation>Eine Zeile je Indikator: Feld (Anteil oder Anzahl, wenn ein Nenner angegeben ist), Nennerfeld (leer bei Anteilen), Richtung ('+': höher bedeutet mehr Benachteiligung, '-': höher ist günstig) und Gewicht (Standard 1).</translation>
        </message>
        <message>
            <location filename="../algorithms/sozialindex.py" line="67" />
            <source>Social index</source>
            <translation>Sozialindex</translation>
        </message>
        <message>
            <location filename="../algorithms/sozialindex.py" line="67" />
            <source>The input features with the index fields si_*.</source>
            <translation>Die Eingabeobjekte mit den Indexfeldern si_*.</translation>
        </message>
        <message>
            <location filename="../algorithms/sozialindex.py" line="91" />
            <source>Population field</source>
            <translation>Einwohnerfeld</translation>
        </message>
        <message>
            <location filename="../algorithms/sozialindex.py" line="91" />
            <source>Inhabitants per area: areas below the minimum are not rated; also the weights for population weighting.</source>
            <translation>Einwohner je Gebiet: Gebiete unter dem Mindestwert werden nicht bewertet; zugleich die Gewichte für die Gewichtung nach Einwohnerzahl.</translation>
        </message>
        <message>
            <location filename="../algorithms/sozialindex.py" line="121" />
            <source>Minimum population</source>
            <translation>Mindesteinwohnerzahl</translation>
        </message>
        <message>
            <location filename="../algorithms/sozialindex.py" line="121" />
            <source>Areas with fewer inhabitants are not rated and do not enter the standardisation.</source>
            <translation>Gebiete mit weniger Einwohnern werden nicht bewertet und gehen nicht in die Standardisierung ein.</translation>
        </message>
        <message>
            <location filename="../algorithms/sozialindex.py" line="107" />
            <source>Exclusion field</source>
            <translation>Ausschlussfeld</translation>
        </message>
        <message>
            <location filename="../algorithms/sozialindex.py" line="107" />
            <source>Areas where this field is true (1, true, ja) are not rated (manual outliers).</source>
            <translation>Gebiete, in denen dieses Feld wahr ist (1, true, ja), werden nicht bewertet (manuelle Ausreißer).</translation>
        </message>
        <message>
            <location filename="../algorithms/sozialindex.py" line="132" />
            <source>Standardisation</source>
            <translation>Standardisierung</translation>
        </message>
        <message>
            <location filename="../algorithms/sozialindex.py" line="132" />
            <source>z-score</source>
            <translation>z-Wert</translation>
        </message>
        <message>
            <location filename="../algorithms/sozialindex.py" line="132" />
            <source>Robust z (median/MAD)</source>
            <translation>Robuster z-Wert (Median/MAD)</translation>
        </message>
        <message>
            <location filename="../algorithms/sozialindex.py" line="132" />
            <source>Min-max</source>
            <translation>Min-Max</translation>
        </message>
        <message>
            <location filename="../algorithms/sozialindex.py" line="132" />
            <source>Percentile rank</source>
            <translation>Perzentilrang</translation>
        </message>
        <message>
            <location filename="../algorithms/sozialindex.py" line="132" />
            <source>How each share is standardised over the rated areas.</source>
            <translation>Wie jeder Anteil über die bewerteten Gebiete standardisiert wird.</translation>
        </message>
        <message>
            <location filename="../algorithms/sozialindex.py" line="147" />
            <source>Standard deviation with n-1</source>
            <translation>Standardabweichung mit n-1</translation>
        </message>
        <message>
            <location filename="../algorithms/sozialindex.py" line="152" />
            <source>Population-weighted</source>
            <translation>Gewichtung nach Einwohnerzahl</translation>
        </message>
        <message>
            <location filename="../algorithms/sozialindex.py" line="157" />
            <source>Aggregation</source>
            <translation>Aggregation</translation>
        </message>
        <message>
            <location filename="../algorithms/sozialindex.py" line="157" />
            <source>Sum of directed z-values, standardised again</source>
            <translation>Summe der gerichteten z-Werte, erneut standardisiert</translation>
        </message>
        <message>
            <location filename="../algorithms/sozialindex.py" line="157" />
            <source>Weighted mean</source>
            <translation>Gewichteter Mittelwert</translation>
        </message>
        <message>
            <location filename="../algorithms/sozialindex.py" line="157" />
            <source>How the directed z-values are combined into the index.</source>
            <translation>Wie die gerichteten z-Werte zum Index zusammengefasst werden.</translation>
        </message>
        <message>
            <location filename="../algorithms/sozialindex.py" line="167" />
            <source>High index = favourable</source>
            <translation>Hoher Index = günstig</translation>
        </message>
        <message>
            <location filename="../algorithms/sozialindex.py" line="176" />
            <source>Cut Hoch</source>
            <translation>Schwelle Hoch</translation>
        </message>
        <message>
            <location filename="../algorithms/sozialindex.py" line="176" />
            <source>Cut Niedrig</source>
            <translation>Schwelle Niedrig</translation>
        </message>
        <message>
            <location filename="../algorithms/sozialindex.py" line="176" />
            <source>Cut Sehr Niedrig</source>
            <translation>Schwelle Sehr Niedrig</translation>
        </message>
        <message>
            <location filename="../algorithms/sozialindex.py" line="181" />
            <source>Class cut in standard deviations of the favourable-oriented index; a value exactly on a cut belongs to the outer class.</source>
            <translation>Klassenschwelle in Standardabweichungen des Index (hoch = günstig); ein Wert genau auf einer Schwelle gehört zur äußeren Klasse.</translation>
        </message>
        <message>
            <location filename="../algorithms/sozialindex.py" line="210" />
            <source>No indicators given.</source>
            <translation>Keine Indikatoren angegeben.</translation>
        </message>
        <message>
            <location filename="../algorithms/sozialindex.py" line="239" />
            <source>Population weighting needs a population field.</source>
            <translation>Die Gewichtung nach Einwohnerzahl benötigt ein Einwohnerfeld.</translation>
        </message>
        <message>
            <location filename="../algorithms/sozialindex.py" line="267" />
            <source>{0} of {1} areas rated.</source>
            <translation>{0} von {1} Gebieten bewertet.</translation>
        </message>
        <message>
            <location filename="../algorithms/sozialindex.py" line="272" />
            <source>{0} areas not rated; the reason is in si_hinweis.</source>
            <translation>{0} Gebiete nicht bewertet; der Grund steht in si_hinweis.</translation>
        </message>
    </context>
    <context>
        <name>SozialindexAssistant</name>
        <message>
            <location filename="../ui/sozialindex_assistant.ui" line="14" />
            <source>Sozialindex assistant</source>
            <translation>Sozialindex-Assistent</translation>
        </message>
        <message>
            <location filename="../ui/sozialindex_assistant.ui" line="31" />
            <source>1 Data and indicators</source>
            <translation>1 Daten und Indikatoren</translation>
        </message>
        <message>
            <location filename="../ui/sozialindex_assistant.ui" line="39" />
            <source>Areas</source>
            <translation>Gebiete</translation>
        </message>
        <message>
            <location filename="../ui/sozialindex_assistant.ui" line="46" />
            <source>Layer of areas (or a table) with indicator counts or shares.</source>
            <translation>Layer der Gebiete (oder Tabelle) mit Zählwerten oder Anteilen der Indikatoren.</translation>
        </message>
        <message>
            <location filename="../ui/sozialindex_assistant.ui" line="53" />
            <source>Id field</source>
            <translation>ID-Feld</translation>
        </message>
        <message>
            <location filename="../ui/sozialindex_assistant.ui" line="60" />
            <source>Unique id of each area.</source>
            <translation>Eindeutige Kennung jedes Gebiets.</translation>
        </message>
        <message>
            <location filename="../ui/sozialindex_assistant.ui" line="67" />
            <source>Population field</source>
            <translation>Einwohnerfeld</translation>
        </message>
        <message>
            <location filename="../ui/sozialindex_assistant.ui" line="74" />
            <source>Inhabitants per area: areas below the minimum population are not rated.</source>
            <translation>Einwohner je Gebiet: Gebiete unter der Mindesteinwohnerzahl werden nicht bewertet.</translation>
        </message>
        <message>
            <location filename="../ui/sozialindex_assistant.ui" line="85" />
            <source>Preset</source>
            <translation>Vorlage</translation>
        </message>
        <message>
            <location filename="../ui/sozialindex_assistant.ui" line="92" />
            <source>Fill the indicator table from the field names of the layer.</source>
            <translation>Füllt die Indikatortabelle anhand der Feldnamen des Layers.</translation>
        </message>
        <message>
            <location filename="../ui/sozialindex_assistant.ui" line="99" />
            <source>Year</source>
            <translation>Jahr</translation>
        </message>
        <message>
            <location filename="../ui/sozialindex_assistant.ui" line="106" />
            <source>Year of the status (field-name suffix such as sgb2_2023).</source>
            <translation>Jahr des Status (Endung der Feldnamen wie sgb2_2023).</translation>
        </message>
        <message>
            <location filename="../ui/sozialindex_assistant.ui" line="113" />
            <source>Apply preset</source>
            <translation>Vorlage anwenden</translation>
        </message>
        <message>
            <location filename="../ui/sozialindex_assistant.ui" line="129" />
            <source>One row per indicator: count (or share), denominator (empty for shares), direction and weight.</source>
            <translation>Eine Zeile je Indikator: Anzahl (oder Anteil), Nenner (leer bei Anteilen), Richtung und Gewicht.</translation>
        </message>
        <message>
            <location filename="../ui/sozialindex_assistant.ui" line="139" />
            <source>Field (count or share)</source>
            <translation>Feld (Anzahl oder Anteil)</translation>
        </message>
        <message>
            <location filename="../ui/sozialindex_assistant.ui" line="144" />
            <source>Denominator</source>
            <translation>Nenner</translation>
        </message>
        <message>
            <location filename="../ui/sozialindex_assistant.ui" line="445" />
            <source>Direction</source>
            <translation>Richtung</translation>
        </message>
        <message>
            <location filename="../ui/sozialindex_assistant.ui" line="450" />
            <source>Weight</source>
            <translation>Gewicht</translation>
        </message>
        <message>
            <location filename="../ui/sozialindex_assistant.ui" line="164" />
            <source>Add indicator</source>
            <translation>Indikator hinzufügen</translation>
        </message>
        <message>
            <location filename="../ui/sozialindex_assistant.ui" line="171" />
            <source>Remove indicator</source>
            <translation>Indikator entfernen</translation>
        </message>
        <message>
            <location filename="../ui/sozialindex_assistant.ui" line="195" />
            <source>2 Method</source>
            <translation>2 Methode</translation>
        </message>
        <message>
            <location filename="../ui/sozialindex_assistant.ui" line="201" />
            <source>Minimum population</source>
            <translation>Mindesteinwohnerzahl</translation>
        </message>
        <message>
            <location filename="../ui/sozialindex_assistant.ui" line="224" />
            <source>Standardisation</source>
            <translation>Standardisierung</translation>
        </message>
        <message>
            <location filename="../ui/sozialindex_assistant.ui" line="234" />
            <source>Standard deviation with n-1 (Berlin MSS: n)</source>
            <translation>Standardabweichung mit n-1 (MSS Berlin: n)</translation>
        </message>
        <message>
            <location filename="../ui/sozialindex_assistant.ui" line="241" />
            <source>Population-weighted mean and standard deviation</source>
            <translation>Mittelwert und Standardabweichung nach Einwohnerzahl gewichtet</translation>
        </message>
        <message>
            <location filename="../ui/sozialindex_assistant.ui" line="248" />
            <source>Aggregation</source>
            <translation>Aggregation</translation>
        </message>
        <message>
            <location filename="../ui/sozialindex_assistant.ui" line="258" />
            <source>High index = favourable social situation</source>
            <translation>Hoher Index = günstige soziale Lage</translation>
        </message>
        <message>
            <location filename="../ui/sozialindex_assistant.ui" line="268" />
            <source>Cut Hoch (SD)</source>
            <translation>Schwelle Hoch (SD)</translation>
        </message>
        <message>
            <location filename="../ui/sozialindex_assistant.ui" line="291" />
            <source>Cut Niedrig (SD)</source>
            <translation>Schwelle Niedrig (SD)</translation>
        </message>
        <message>
            <location filename="../ui/sozialindex_assistant.ui" line="314" />
            <source>Cut Sehr Niedrig (SD)</source>
            <translation>Schwelle Sehr Niedrig (SD)</translation>
        </message>
        <message>
            <location filename="../ui/sozialindex_assistant.ui" line="337" />
            <source>Exclusion field</source>
            <translation>Ausschlussfeld</translation>
        </message>
        <message>
            <location filename="../ui/sozialindex_assistant.ui" line="344" />
            <source>Areas where this field is true (1, true, ja) are not rated.</source>
            <translation>Gebiete, in denen dieses Feld wahr ist (1, true, ja), werden nicht bewertet.</translation>
        </message>
        <message>
            <location filename="../ui/sozialindex_assistant.ui" line="352" />
            <source>3 Dynamik</source>
            <translation>3 Dynamik</translation>
        </message>
        <message>
            <location filename="../ui/sozialindex_assistant.ui" line="358" />
            <source>Second step: classify the Dynamik and the combined class</source>
            <translation>Zweiter Schritt: Dynamik und kombinierte Klasse klassifizieren</translation>
        </message>
        <message>
            <location filename="../ui/sozialindex_assistant.ui" line="372" />
            <source>Earlier date (t0)</source>
            <translation>Früherer Zeitpunkt (t0)</translation>
        </message>
        <message>
            <location filename="../ui/sozialindex_assistant.ui" line="379" />
            <source>The fields of this year are paired with the fields of the status year.</source>
            <translation>Die Felder dieses Jahres werden mit den Feldern des Statusjahres gepaart.</translation>
        </message>
        <message>
            <location filename="../ui/sozialindex_assistant.ui" line="386" />
            <source>Cut Dynamik (SD)</source>
            <translation>Schwelle Dynamik (SD)</translation>
        </message>
        <message>
            <location filename="../ui/sozialindex_assistant.ui" line="409" />
            <source>Class scheme</source>
            <translation>Klassenschema</translation>
        </message>
        <message>
            <location filename="../ui/sozialindex_assistant.ui" line="425" />
            <source>Field t0</source>
            <translation>Feld t0</translation>
        </message>
        <message>
            <location filename="../ui/sozialindex_assistant.ui" line="430" />
            <source>Denominator t0</source>
            <translation>Nenner t0</translation>
        </message>
        <message>
            <location filename="../ui/sozialindex_assistant.ui" line="435" />
            <source>Field t1</source>
            <translation>Feld t1</translation>
        </message>
        <message>
            <location filename="../ui/sozialindex_assistant.ui" line="440" />
            <source>Denominator t1</source>
            <translation>Nenner t1</translation>
        </message>
        <message>
            <location filename="../ui/sozialindex_assistant.ui" line="470" />
            <source>Preview</source>
            <translation>Vorschau</translation>
        </message>
        <message>
            <location filename="../ui/sozialindex_assistant.ui" line="496" />
            <source>Show the classes on the map (temporary layer)</source>
            <translation>Klassen in der Karte zeigen (temporärer Layer)</translation>
        </message>
        <message>
            <location filename="../ui/sozialindex_assistant.ui" line="508" />
            <source>Update automatically</source>
            <translation>Automatisch aktualisieren</translation>
        </message>
        <message>
            <location filename="../ui/sozialindex_assistant.ui" line="518" />
            <source>Update preview</source>
            <translation>Vorschau aktualisieren</translation>
        </message>
        <message>
            <location filename="../ui/sozialindex_assistant.ui" line="533" />
            <source>Result (empty: temporary layer)</source>
            <translation>Ergebnis (leer: temporärer Layer)</translation>
        </message>
        <message>
            <location filename="../ui/sozialindex_assistant.ui" line="554" />
            <source>Run</source>
            <translation>Ausführen</translation>
        </message>
        <message>
            <location filename="../ui/sozialindex_assistant.ui" line="567" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../ui/sozialindex_assistant.ui" line="574" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
    </context>
    <context>
        <name>SozialplanungAlgorithm</name>
        <message>
            <location filename="../algorithms/base.py" line="154" />
            <source>Social index</source>
            <translation>Sozialindex</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="155" />
            <source>Offers and institutions</source>
            <translation>Angebote und Einrichtungen</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="156" />
            <source>Reports and export</source>
            <translation>Berichte und Export</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="182" />
            <source>Areas</source>
            <translation>Gebiete</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="182" />
            <source>Areas (or a table) with the indicator fields.</source>
            <translation>Gebiete (oder eine Tabelle) mit den Indikatorfeldern.</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="188" />
            <source>Id field</source>
            <translation>ID-Feld</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="188" />
            <source>Unique id of each area; duplicates are an error.</source>
            <translation>Eindeutige Kennung jedes Gebiets; Duplikate sind ein Fehler.</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="218" />
            <source>{0} must have {1} values per row, but has {2} values in all.</source>
            <translation>{0} muss {1} Werte je Zeile haben, hat aber insgesamt {2} Werte.</translation>
        </message>
        <message>
            <location filename="../algorithms/io/reading.py" line="49" />
            <source>The layer of {0} is empty.</source>
            <translation>Der Layer von {0} ist leer.</translation>
        </message>
        <message>
            <location filename="../algorithms/io/reading.py" line="72" />
            <source>Field '{0}' ({1}) does not exist in the input layer.</source>
            <translation>Feld '{0}' ({1}) existiert im Eingabelayer nicht.</translation>
        </message>
        <message>
            <location filename="../algorithms/network.py" line="119" />
            <source>Canceled.</source>
            <translation>Abgebrochen.</translation>
        </message>
        <message>
            <location filename="../algorithms/io/reading.py" line="218" />
            <source>The id field '{0}' is empty (NULL) for some features.</source>
            <translation>Das ID-Feld '{0}' ist bei einigen Objekten leer (NULL).</translation>
        </message>
        <message>
            <location filename="../algorithms/io/reading.py" line="226" />
            <source>The id field '{0}' is not unique: '{1}' occurs more than once.</source>
            <translation>Das ID-Feld '{0}' ist nicht eindeutig: '{1}' kommt mehrfach vor.</translation>
        </message>
        <message>
            <location filename="../algorithms/io/reading.py" line="254" />
            <source>Field '{0}': value '{1}' of feature {2} is not a number.</source>
            <translation>Feld '{0}': Wert '{1}' von Objekt {2} ist keine Zahl.</translation>
        </message>
        <message>
            <location filename="../algorithms/io/writing.py" line="63" />
            <source>Input field '{0}' is replaced by the result.</source>
            <translation>Eingabefeld '{0}' wird durch das Ergebnis ersetzt.</translation>
        </message>
        <message>
            <location filename="../algorithms/io/styles.py" line="54" />
            <source>Style not stored in {0}: {1}</source>
            <translation>Stil nicht in {0} gespeichert: {1}</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="233" />
            <source>An indicator row has no field: {0}</source>
            <translation>Eine Indikatorzeile hat kein Feld: {0}</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="245" />
            <source>An indicator row has no field t1: {0}</source>
            <translation>Eine Indikatorzeile hat kein Feld t1: {0}</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="247" />
            <source>Indicator {0}: denominator t0 without field t0.</source>
            <translation>Indikator {0}: Nenner t0 ohne Feld t0.</translation>
        </message>
        <message>
            <location filename="../algorithms/io/outputs.py" line="186" />
            <source>Could not remove {0}: {1}</source>
            <translation>{0} konnte nicht entfernt werden: {1}</translation>
        </message>
        <message>
            <location filename="../algorithms/io/reading.py" line="60" />
            <source>{0} must be a polygon layer, not {1}.</source>
            <translation>{0} muss ein Polygonlayer sein, nicht {1}.</translation>
        </message>
        <message>
            <location filename="../algorithms/io/reading.py" line="264" />
            <source>German (1.234,5)</source>
            <translation>deutsch (1.234,5)</translation>
        </message>
        <message>
            <location filename="../algorithms/io/reading.py" line="264" />
            <source>plain (1234.5)</source>
            <translation>einfach (1234.5)</translation>
        </message>
        <message>
            <location filename="../algorithms/io/reading.py" line="269" />
            <source>Field '{0}': text read as numbers in the format {1}.</source>
            <translation>Feld '{0}': Text als Zahlen im Format {1} gelesen.</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="197" />
            <source>Number format of text fields</source>
            <translation>Zahlenformat von Textfeldern</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="197" />
            <source>Automatic</source>
            <translation>Automatisch</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="197" />
            <source>Plain (1234.5)</source>
            <translation>Einfach (1234.5)</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="197" />
            <source>How numbers stored as text are read. Automatic: a comma in the field means German format; a field whose values are all like '10.183' is an error until you choose.</source>
            <translation>Wie als Text gespeicherte Zahlen gelesen werden. Automatisch: Ein Komma im Feld bedeutet deutsches Format; ein Feld, dessen Werte alle wie '10.183' aussehen, ist ein Fehler, bis Sie ein Format wählen.</translation>
        </message>
        <message>
            <location filename="../algorithms/io/outputs.py" line="94" />
            <source>The folder of {0} does not exist.</source>
            <translation>Der Ordner von {0} existiert nicht.</translation>
        </message>
        <message>
            <location filename="../algorithms/io/outputs.py" line="144" />
            <source>{0} could not be written: {1}</source>
            <translation>{0} konnte nicht geschrieben werden: {1}</translation>
        </message>
        <message>
            <location filename="../algorithms/io/outputs.py" line="244" />
            <source>{0}: {1} is a folder, not a file.</source>
            <translation>{0}: {1} ist ein Ordner, keine Datei.</translation>
        </message>
        <message>
            <location filename="../algorithms/io/reading.py" line="281" />
            <source>{0} has no CRS; coordinates are taken as metres.</source>
            <translation>{0} hat kein KBS; Koordinaten werden als Meter genommen.</translation>
        </message>
        <message>
            <location filename="../algorithms/io/reading.py" line="289" />
            <source>Distances are measured in {0} ({1}), not in the CRS {2} of {3}.</source>
            <translation>Entfernungen werden in {0} ({1}) gemessen, nicht im KBS {2} von {3}.</translation>
        </message>
        <message>
            <location filename="../algorithms/io/reading.py" line="202" />
            <source>{0}: {1} features without geometry are left out.</source>
            <translation>{0}: {1} Objekte ohne Geometrie werden ausgelassen.</translation>
        </message>
        <message>
            <location filename="../algorithms/io/outputs.py" line="162" />
            <source>{0}: the previous version could not be put back ({1}); it is kept as {2}.</source>
            <translation>{0}: Die vorherige Fassung konnte nicht zurückgelegt werden ({1}); sie liegt unter {2}.</translation>
        </message>
        <message>
            <location filename="../algorithms/io/outputs.py" line="203" />
            <source>{0} and {1} write to the same destination {2}; choose a file or layer for each.</source>
            <translation>{0} und {1} schreiben in dasselbe Ziel {2}; bitte für jede Ausgabe eine eigene Datei oder einen eigenen Layer wählen.</translation>
        </message>
        <message>
            <location filename="../algorithms/io/outputs.py" line="215" />
            <source>{0} would overwrite the input layer of {1} ({2}); choose another file or layer.</source>
            <translation>{0} würde den Eingabelayer von {1} überschreiben ({2}); bitte eine andere Datei oder einen anderen Layer wählen.</translation>
        </message>
        <message>
            <location filename="../algorithms/io/outputs.py" line="236" />
            <source>{0}: a Shapefile cuts field names to 10 characters, and the results could not be read back. Save as GeoPackage (.gpkg) instead.</source>
            <translation>{0}: Ein Shapefile kürzt Feldnamen auf 10 Zeichen, und die Ergebnisse könnten nicht wieder eingelesen werden. Bitte stattdessen als GeoPackage (.gpkg) speichern.</translation>
        </message>
        <message>
            <location filename="../algorithms/io/outputs.py" line="258" />
            <source>{0}: a Shapefile cuts field names to 10 characters ('{1}' would become '{2}'), and the results could not be read back. Save as GeoPackage (.gpkg) instead.</source>
            <translation>{0}: Ein Shapefile kürzt Feldnamen auf 10 Zeichen (aus '{1}' würde '{2}'), und die Ergebnisse könnten nicht wieder eingelesen werden. Bitte stattdessen als GeoPackage (.gpkg) speichern.</translation>
        </message>
        <message>
            <location filename="../algorithms/io/reading.py" line="87" />
            <source>{0}: the field '{1}' looks like '{2}' cut to 10 characters by a Shapefile. Use the GeoPackage output of the earlier run.</source>
            <translation>{0}: Das Feld '{1}' sieht aus wie '{2}', von einem Shapefile auf 10 Zeichen gekürzt. Bitte die GeoPackage-Ausgabe des früheren Laufs verwenden.</translation>
        </message>
        <message>
            <location filename="../algorithms/io/reading.py" line="245" />
            <source>Field '{0}': values such as {1} can be read with a thousands separator or as decimals. Choose the number format (NUMBER_FORMAT) or write the field as a number.</source>
            <translation>Feld '{0}': Werte wie {1} können mit Tausenderpunkt oder als Dezimalzahl gelesen werden. Bitte das Zahlenformat (NUMBER_FORMAT) wählen oder das Feld als Zahl speichern.</translation>
        </message>
    </context>
    <context>
        <name>SozialplanungPlugin</name>
        <message>
            <location filename="../plugin.py" line="81" />
            <source>Apply style to active layer…</source>
            <translation>Stil auf aktiven Layer anwenden…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="94" />
            <source>Help</source>
            <translation>Hilfe</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="163" />
            <source>Select a vector layer first.</source>
            <translation>Bitte zuerst einen Vektorlayer auswählen.</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="166" />
            <source>Style:</source>
            <translation>Stil:</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="74" />
            <source>Sozialindex assistant…</source>
            <translation>Sozialindex-Assistent…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="88" />
            <source>Review POI matches…</source>
            <translation>POI-Abgleich prüfen…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="89" />
            <source>KomMonitor: choose and load indicators…</source>
            <translation>KomMonitor: Indikatoren auswählen und laden…</translation>
        </message>
    </context>
    <context>
        <name>SozialplanungProvider</name>
        <message>
            <location filename="../algorithms/provider.py" line="75" />
            <source>Sozialplanung (strategic social planning)</source>
            <translation>Sozialplanung (strategische Sozialplanung)</translation>
        </message>
    </context>
    <context>
        <name>WebexportAlgorithm</name>
        <message>
            <location filename="../algorithms/webexport.py" line="122" />
            <source>Export Sozialnavigator (web map)</source>
            <translation>Sozialnavigator exportieren</translation>
        </message>
        <message>
            <location filename="../algorithms/webexport.py" line="126" />
            <source>Areas with si_klasse</source>
            <translation>Gebiete mit si_klasse</translation>
        </message>
        <message>
            <location filename="../algorithms/webexport.py" line="126" />
            <source>Areas with the combined class si_klasse (output of Classify Dynamik, 11 classes).</source>
            <translation>Gebiete mit der kombinierten Klasse si_klasse (Ergebnis von „Dynamik klassifizieren“, 11 Klassen).</translation>
        </message>
        <message>
            <location filename="../algorithms/webexport.py" line="132" />
            <source>Area name field</source>
            <translation>Namensfeld der Gebiete</translation>
        </message>
        <message>
            <location filename="../algorithms/webexport.py" line="132" />
            <source>Name of each area, shown in its popup.</source>
            <translation>Name jedes Gebiets, angezeigt in seinem Popup.</translation>
        </message>
        <message>
            <location filename="../algorithms/webexport.py" line="141" />
            <source>Institutions</source>
            <translation>Einrichtungen</translation>
        </message>
        <message>
            <location filename="../algorithms/webexport.py" line="141" />
            <source>Points of the social institutions (e.g. the register of Kitas, Familienzentren, ...).</source>
            <translation>Punkte der sozialen Einrichtungen (z. B. das Register der Kitas, Familienzentren, ...).</translation>
        </message>
        <message>
            <location filename="../algorithms/webexport.py" line="147" />
            <source>Name field</source>
            <translation>Namensfeld</translation>
        </message>
        <message>
            <location filename="../algorithms/webexport.py" line="147" />
            <source>Name of the institution (searchable).</source>
            <translation>Name der Einrichtung (durchsuchbar).</translation>
        </message>
        <message>
            <location filename="../algorithms/webexport.py" line="147" />
            <source>Category field</source>
            <translation>Kategoriefeld</translation>
        </message>
        <message>
            <location filename="../algorithms/webexport.py" line="147" />
            <source>Category: marker colour and filter.</source>
            <translation>Kategorie: Markerfarbe und Filter.</translation>
        </message>
        <message>
            <location filename="../algorithms/webexport.py" line="147" />
            <source>Address field</source>
            <translation>Adressfeld</translation>
        </message>
        <message>
            <location filename="../algorithms/webexport.py" line="147" />
            <source>Address shown in the popup.</source>
            <translation>Im Popup angezeigte Adresse.</translation>
        </message>
        <message>
            <location filename="../algorithms/webexport.py" line="147" />
            <source>Contact field</source>
            <translation>Kontaktfeld</translation>
        </message>
        <message>
            <location filename="../algorithms/webexport.py" line="147" />
            <source>Telephone, e-mail or contact person.</source>
            <translation>Telefon, E-Mail oder Ansprechperson.</translation>
        </message>
        <message>
            <location filename="../algorithms/webexport.py" line="170" />
            <source>Page title</source>
            <translation>Seitentitel</translation>
        </message>
        <message>
            <location filename="../algorithms/webexport.py" line="170" />
            <source>Title of the web page.</source>
            <translation>Titel der Webseite.</translation>
        </message>
        <message>
            <location filename="../algorithms/webexport.py" line="174" />
            <source>Date of the data</source>
            <translation>Datenstand</translation>
        </message>
        <message>
            <location filename="../algorithms/webexport.py" line="174" />
            <source>Shown as 'Datenstand', e.g. 31.12.2023; empty: the date of the export.</source>
            <translation>Angezeigt als 'Datenstand', z. B. 31.12.2023; leer: das Datum des Exports.</translation>
        </message>
        <message>
            <location filename="../algorithms/webexport.py" line="178" />
            <source>Basemap URL (XYZ or WMS)</source>
            <translation>URL der Hintergrundkarte (XYZ oder WMS)</translation>
        </message>
        <message>
            <location filename="../algorithms/webexport.py" line="178" />
            <source>Empty (default): no background map, the page loads nothing from other servers. Otherwise an XYZ tile URL with {z}/{x}/{y} or a WMS URL with LAYERS; the visitor's browser then loads the map images from that server.</source>
            <translation>Leer (Standard): keine Hintergrundkarte, die Seite lädt nichts von anderen Servern. Sonst eine XYZ-Kachel-URL mit {z}/{x}/{y} oder eine WMS-URL mit LAYERS; der Browser der Besucher lädt die Kartenbilder dann von diesem Server.</translation>
        </message>
        <message>
            <location filename="../algorithms/webexport.py" line="188" />
            <source>Basemap attribution</source>
            <translation>Quellenangabe der Hintergrundkarte</translation>
        </message>
        <message>
            <location filename="../algorithms/webexport.py" line="188" />
            <source>Source note of the basemap shown on the map, e.g. '© OpenStreetMap-Mitwirkende'.</source>
            <translation>Auf der Karte angezeigter Quellenvermerk der Hintergrundkarte, z. B. '© OpenStreetMap-Mitwirkende'.</translation>
        </message>
        <message>
            <location filename="../algorithms/webexport.py" line="195" />
            <source>Simplification tolerance (m)</source>
            <translation>Vereinfachungstoleranz (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/webexport.py" line="195" />
            <source>Area outlines are simplified by this distance in metres (0: not at all).</source>
            <translation>Gebietsumrisse werden um diese Entfernung in Metern vereinfacht (0: gar nicht).</translation>
        </message>
        <message>
            <location filename="../algorithms/webexport.py" line="206" />
            <source>Output folder</source>
            <translation>Ausgabeordner</translation>
        </message>
        <message>
            <location filename="../algorithms/webexport.py" line="206" />
            <source>Folder for the website (index.html and its files); put it on any web server.</source>
            <translation>Ordner für die Website (index.html und ihre Dateien); er kann auf einen beliebigen Webserver gelegt werden.</translation>
        </message>
        <message>
            <location filename="../algorithms/webexport.py" line="210" />
            <source>Start page (index.html)</source>
            <translation>Startseite (index.html)</translation>
        </message>
        <message>
            <location filename="../algorithms/webexport.py" line="211" />
            <source>Number of areas</source>
            <translation>Anzahl der Gebiete</translation>
        </message>
        <message>
            <location filename="../algorithms/webexport.py" line="212" />
            <source>Number of institutions</source>
            <translation>Anzahl der Einrichtungen</translation>
        </message>
        <message>
            <location filename="../algorithms/webexport.py" line="223" />
            <source>Canceled.</source>
            <translation>Abgebrochen.</translation>
        </message>
        <message>
            <location filename="../algorithms/webexport.py" line="231" />
            <source>The layer of {0} has no coordinate reference system.</source>
            <translation>Der Layer von {0} hat kein Koordinatenbezugssystem.</translation>
        </message>
        <message>
            <location filename="../algorithms/webexport.py" line="250" />
            <source>Area {0}: {1} '{2}' is not one of the 11 classes of {3} (use the Oberhausen scheme in Classify Dynamik).</source>
            <translation>Gebiet {0}: {1} '{2}' ist keine der 11 Klassen von {3} (in „Dynamik klassifizieren“ das Schema Oberhausen verwenden).</translation>
        </message>
        <message>
            <location filename="../algorithms/webexport.py" line="266" />
            <source>{0} areas without geometry are left out.</source>
            <translation>{0} Gebiete ohne Geometrie werden ausgelassen.</translation>
        </message>
        <message>
            <location filename="../algorithms/webexport.py" line="280" />
            <source>{0} is needed.</source>
            <translation>{0} wird benötigt.</translation>
        </message>
        <message>
            <location filename="../algorithms/webexport.py" line="300" />
            <source>{0} institutions without a name are left out.</source>
            <translation>{0} Einrichtungen ohne Namen werden ausgelassen.</translation>
        </message>
        <message>
            <location filename="../algorithms/webexport.py" line="302" />
            <source>{0} institutions without geometry are left out.</source>
            <translation>{0} Einrichtungen ohne Geometrie werden ausgelassen.</translation>
        </message>
        <message>
            <location filename="../algorithms/webexport.py" line="306" />
            <source>No institution with name and location in {0}.</source>
            <translation>Keine Einrichtung mit Name und Lage in {0}.</translation>
        </message>
        <message>
            <location filename="../algorithms/webexport.py" line="314" />
            <source>Feature {0} cannot be transformed to WGS84: {1}</source>
            <translation>Objekt {0} kann nicht nach WGS84 transformiert werden: {1}</translation>
        </message>
        <message>
            <location filename="../algorithms/webexport.py" line="343" />
            <source>The map library is missing in {0}: run 'make vendor' in the plugin folder.</source>
            <translation>Die Kartenbibliothek fehlt in {0}: Im Plugin-Ordner 'make vendor' ausführen.</translation>
        </message>
        <message>
            <location filename="../algorithms/webexport.py" line="349" />
            <source>{0} exists and was not written by this algorithm: choose an empty folder.</source>
            <translation>{0} existiert und wurde nicht von diesem Algorithmus geschrieben: Bitte einen leeren Ordner wählen.</translation>
        </message>
        <message>
            <location filename="../algorithms/webexport.py" line="364" />
            <source>{0} categories but only {1} distinguishable colours: colours repeat.</source>
            <translation>{0} Kategorien, aber nur {1} unterscheidbare Farben: Farben wiederholen sich.</translation>
        </message>
        <message>
            <location filename="../algorithms/webexport.py" line="391" />
            <source>The website cannot be written to {0}: {1}</source>
            <translation>Die Website kann nicht nach {0} geschrieben werden: {1}</translation>
        </message>
        <message>
            <location filename="../algorithms/webexport.py" line="392" />
            <source>Sozialnavigator with {0} areas and {1} institutions in {2}</source>
            <translation>Sozialnavigator mit {0} Gebieten und {1} Einrichtungen in {2}</translation>
        </message>
        <message>
            <location filename="../algorithms/webexport.py" line="353" />
            <source>{0} holds other files and no index.html of an earlier export: choose an empty folder.</source>
            <translation>{0} enthält andere Dateien und keine index.html eines früheren Exports: Bitte einen leeren Ordner wählen.</translation>
        </message>
    </context>
    <context>
        <name>ZeitreiheAlgorithm</name>
        <message>
            <location filename="../algorithms/zeitreihe.py" line="54" />
            <source>Social index time series (Zeitreihe)</source>
            <translation>Sozialindex-Zeitreihe</translation>
        </message>
        <message>
            <location filename="../algorithms/zeitreihe.py" line="59" />
            <source>One row per indicator as in the social index (field, denominator, direction, weight); field and denominator names hold the placeholder {jahr}, e.g. sgb2_{jahr} and ew_{jahr}.</source>
            <translation>Eine Zeile je Indikator wie beim Sozialindex (Feld, Nenner, Richtung, Gewicht); Feld- und Nennernamen enthalten den Platzhalter {jahr}, z. B. sgb2_{jahr} und ew_{jahr}.</translation>
        </message>
        <message>
            <location filename="../algorithms/zeitreihe.py" line="65" />
            <source>Years (editions)</source>
            <translation>Jahre (Ausgaben)</translation>
        </message>
        <message>
            <location filename="../algorithms/zeitreihe.py" line="65" />
            <source>Comma-separated editions, e.g. 2019, 2021, 2023. Empty: every year for which all indicator fields exist.</source>
            <translation>Ausgaben durch Komma getrennt, z. B. 2019, 2021, 2023. Leer: jedes Jahr, für das alle Indikatorfelder vorhanden sind.</translation>
        </message>
        <message>
            <location filename="../algorithms/zeitreihe.py" line="73" />
            <source>Comparison of editions</source>
            <translation>Vergleich der Ausgaben</translation>
        </message>
        <message>
            <location filename="../algorithms/zeitreihe.py" line="73" />
            <source>Each year standardised on its own</source>
            <translation>Jedes Jahr für sich standardisiert</translation>
        </message>
        <message>
            <location filename="../algorithms/zeitreihe.py" line="73" />
            <source>All years against the base year</source>
            <translation>Alle Jahre gegen das Basisjahr</translation>
        </message>
        <message>
            <location filename="../algorithms/zeitreihe.py" line="73" />
            <source>Each year on its own: every edition with its own mean and standard deviation (as cities publish). Against the base year: every edition with the mean and standard deviation of the first edition, so that a citywide change shows.</source>
            <translation>Jedes Jahr für sich: jede Ausgabe mit eigenem Mittelwert und eigener Standardabweichung (so veröffentlichen es die Städte). Gegen das Basisjahr: jede Ausgabe mit Mittelwert und Standardabweichung der ersten Ausgabe, damit eine gesamtstädtische Veränderung sichtbar wird.</translation>
        </message>
        <message>
            <location filename="../algorithms/zeitreihe.py" line="86" />
            <source>Early warning: decline per edition (SD)</source>
            <translation>Frühwarnung: Rückgang je Ausgabe (SD)</translation>
        </message>
        <message>
            <location filename="../algorithms/zeitreihe.py" line="86" />
            <source>zr_warnung = 1 when the index fell by more than this many standard deviations in at least the last two editions in a row, or the class dropped in the last edition.</source>
            <translation>zr_warnung = 1, wenn der Index in mindestens den letzten zwei Ausgaben in Folge um mehr als so viele Standardabweichungen gefallen ist oder die Klasse in der letzten Ausgabe gesunken ist.</translation>
        </message>
        <message>
            <location filename="../algorithms/zeitreihe.py" line="104" />
            <source>Time series</source>
            <translation>Zeitreihe</translation>
        </message>
        <message>
            <location filename="../algorithms/zeitreihe.py" line="104" />
            <source>The input features with zr_index_&lt;year&gt;, zr_status_&lt;year&gt;, zr_rang_&lt;year&gt; and zr_*.</source>
            <translation>Die Eingangsobjekte mit zr_index_&lt;jahr&gt;, zr_status_&lt;jahr&gt;, zr_rang_&lt;jahr&gt; und zr_*.</translation>
        </message>
        <message>
            <location filename="../algorithms/zeitreihe.py" line="108" />
            <source>Class transitions</source>
            <translation>Klassenübergänge</translation>
        </message>
        <message>
            <location filename="../algorithms/zeitreihe.py" line="108" />
            <source>Number of areas per class transition between consecutive editions (no geometry).</source>
            <translation>Zahl der Gebiete je Klassenübergang zwischen aufeinanderfolgenden Ausgaben (ohne Geometrie).</translation>
        </message>
        <message>
            <location filename="../algorithms/zeitreihe.py" line="121" />
            <source>Population field</source>
            <translation>Einwohnerfeld</translation>
        </message>
        <message>
            <location filename="../algorithms/zeitreihe.py" line="121" />
            <source>Inhabitants per area, e.g. ew_{jahr} (one field per year) or ew (the same for all years): areas below the minimum are not rated in that year.</source>
            <translation>Einwohner je Gebiet, z. B. ew_{jahr} (ein Feld je Jahr) oder ew (für alle Jahre gleich): Gebiete unter der Mindestzahl werden in diesem Jahr nicht bewertet.</translation>
        </message>
        <message>
            <location filename="../algorithms/zeitreihe.py" line="131" />
            <source>Exclusion field</source>
            <translation>Ausschlussfeld</translation>
        </message>
        <message>
            <location filename="../algorithms/zeitreihe.py" line="131" />
            <source>Areas where this field is true (1, true, ja) are not rated; may hold {jahr} for an exclusion per edition.</source>
            <translation>Gebiete, bei denen dieses Feld wahr ist (1, true, ja), werden nicht bewertet; darf {jahr} enthalten für einen Ausschluss je Ausgabe.</translation>
        </message>
        <message>
            <location filename="../algorithms/zeitreihe.py" line="169" />
            <source>Field '{0}' ({1}, year {2}) does not exist in the input layer.</source>
            <translation>Das Feld '{0}' ({1}, Jahr {2}) gibt es im Eingabelayer nicht.</translation>
        </message>
        <message>
            <location filename="../algorithms/zeitreihe.py" line="178" />
            <source>Year {0} left out: field '{1}' ({2}) does not exist.</source>
            <translation>Jahr {0} ausgelassen: Das Feld '{1}' ({2}) gibt es nicht.</translation>
        </message>
        <message>
            <location filename="../algorithms/zeitreihe.py" line="185" />
            <source>At least two editions are needed, but all fields of INDICATORS exist for {0} year(s) only ({1}). Missing fields: {2}.</source>
            <translation>Mindestens zwei Ausgaben sind nötig, alle Felder von INDICATORS gibt es aber nur für {0} Jahr(e) ({1}). Fehlende Felder: {2}.</translation>
        </message>
        <message>
            <location filename="../algorithms/zeitreihe.py" line="194" />
            <source>Editions found: {0}.</source>
            <translation>Gefundene Ausgaben: {0}.</translation>
        </message>
        <message>
            <location filename="../algorithms/zeitreihe.py" line="211" />
            <source>Edition {0} computed.</source>
            <translation>Ausgabe {0} berechnet.</translation>
        </message>
        <message>
            <location filename="../algorithms/zeitreihe.py" line="221" />
            <source>Edition {0}: {1}</source>
            <translation>Ausgabe {0}: {1}</translation>
        </message>
        <message>
            <location filename="../algorithms/zeitreihe.py" line="274" />
            <source>{0}: {1} of {2} areas rated ({3}).</source>
            <translation>{0}: {1} von {2} Gebieten bewertet ({3}).</translation>
        </message>
        <message>
            <location filename="../algorithms/zeitreihe.py" line="282" />
            <source>{0} areas rated in another edition are not rated in {1}: {2}{3} (the reason is in zr_hinweis).</source>
            <translation>{0} Gebiete, die in einer anderen Ausgabe bewertet sind, sind {1} nicht bewertet: {2}{3} (der Grund steht in zr_hinweis).</translation>
        </message>
        <message>
            <location filename="../algorithms/zeitreihe.py" line="288" />
            <source>Early warning (zr_warnung = 1) for {0} of {1} areas rated in {2}.</source>
            <translation>Frühwarnung (zr_warnung = 1) für {0} von {1} in {2} bewerteten Gebieten.</translation>
        </message>
    </context>
</TS>
