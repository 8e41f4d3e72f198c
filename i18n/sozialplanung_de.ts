<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../ui/poi_review.py" line="104"/>
        <source>Layer &apos;{0}&apos; has no field {1}: not a poimatch result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/poi_review.py" line="205"/>
        <source>Layer &apos;{0}&apos; cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/poi_review.py" line="213"/>
        <source>Changes to &apos;{0}&apos; not saved: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/poi_review.py" line="233"/>
        <source>Only register entries can be relinked to a POI of the new layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/poi_review.py" line="390"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/poi_review.py" line="416"/>
        <source>Choose a poimatch result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/poi_review.py" line="439"/>
        <source>{0} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/poi_review.py" line="467"/>
        <source>{0}: {1} → {2} (score {3}, {4} m). {5}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/poi_review.py" line="544"/>
        <source>Export update list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/poi_review.py" line="554"/>
        <source>{0} changes written to {1} and {2}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AggregateAlgorithm</name>
    <message>
        <location filename="../algorithms/aggregate.py" line="59"/>
        <source>Aggregate to spatial level</source>
        <translation>Auf Raumebene aggregieren</translation>
    </message>
    <message>
        <location filename="../algorithms/aggregate.py" line="63"/>
        <source>Fine units (e.g. blocks)</source>
        <translation>Feine Raumeinheiten (z. B. Baublöcke)</translation>
    </message>
    <message>
        <location filename="../algorithms/aggregate.py" line="63"/>
        <source>Units with count fields, e.g. statistical blocks.</source>
        <translation>Raumeinheiten mit Zählfeldern, z. B. statistische Baublöcke.</translation>
    </message>
    <message>
        <location filename="../algorithms/aggregate.py" line="69"/>
        <source>Coarse units (e.g. Sozialquartiere)</source>
        <translation>Grobe Raumeinheiten (z. B. Sozialquartiere)</translation>
    </message>
    <message>
        <location filename="../algorithms/aggregate.py" line="69"/>
        <source>Polygons that receive the sums; their fields are kept.</source>
        <translation>Polygone, die die Summen erhalten; ihre Felder bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../algorithms/aggregate.py" line="77"/>
        <source>Assignment</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <location filename="../algorithms/aggregate.py" line="77"/>
        <source>By key field</source>
        <translation>Über Schlüsselfeld</translation>
    </message>
    <message>
        <location filename="../algorithms/aggregate.py" line="77"/>
        <source>Centroid in polygon</source>
        <translation>Schwerpunkt im Polygon</translation>
    </message>
    <message>
        <location filename="../algorithms/aggregate.py" line="77"/>
        <source>Area-weighted overlap</source>
        <translation>Flächengewichtete Überschneidung</translation>
    </message>
    <message>
        <location filename="../algorithms/aggregate.py" line="77"/>
        <source>Key field: fine units carry the key of their coarse unit. Centroid: the point on surface of each fine unit decides. Area-weighted: counts are split by the share of the fine unit&apos;s area inside each coarse unit.</source>
        <translation>Schlüsselfeld: Die feinen Raumeinheiten tragen den Schlüssel ihrer groben Raumeinheit. Schwerpunkt: Der Punkt auf der Oberfläche jeder feinen Raumeinheit entscheidet. Flächengewichtet: Die Anzahlen werden nach dem Flächenanteil der feinen Raumeinheit innerhalb jeder groben Raumeinheit aufgeteilt.</translation>
    </message>
    <message>
        <location filename="../algorithms/aggregate.py" line="90"/>
        <source>Key field of the fine units</source>
        <translation>Schlüsselfeld der feinen Raumeinheiten</translation>
    </message>
    <message>
        <location filename="../algorithms/aggregate.py" line="90"/>
        <source>Key field of the coarse units</source>
        <translation>Schlüsselfeld der groben Raumeinheiten</translation>
    </message>
    <message>
        <location filename="../algorithms/aggregate.py" line="94"/>
        <source>Only for assignment by key field.</source>
        <translation>Nur für die Zuordnung über Schlüsselfeld.</translation>
    </message>
    <message>
        <location filename="../algorithms/aggregate.py" line="98"/>
        <source>Count fields to sum</source>
        <translation>Zu summierende Zählfelder</translation>
    </message>
    <message>
        <location filename="../algorithms/aggregate.py" line="98"/>
        <source>Counts (not shares!) to sum; empty: all numeric fields except keys and ids.</source>
        <translation>Zu summierende Anzahlen (keine Anteile!); leer: alle numerischen Felder außer Schlüsseln und IDs.</translation>
    </message>
    <message>
        <location filename="../algorithms/aggregate.py" line="109"/>
        <source>Aggregated</source>
        <translation>Aggregiert</translation>
    </message>
    <message>
        <location filename="../algorithms/aggregate.py" line="109"/>
        <source>Coarse units with the summed counts and n_einheiten.</source>
        <translation>Grobe Raumeinheiten mit den summierten Anzahlen und n_einheiten.</translation>
    </message>
    <message>
        <location filename="../algorithms/aggregate.py" line="137"/>
        <source>Assignment by key field needs INPUT_KEY and TARGET_KEY.</source>
        <translation>Die Zuordnung über Schlüsselfeld benötigt INPUT_KEY und TARGET_KEY.</translation>
    </message>
    <message>
        <location filename="../algorithms/aggregate.py" line="141"/>
        <source>Spatial assignment needs fine units with geometry.</source>
        <translation>Die räumliche Zuordnung benötigt feine Raumeinheiten mit Geometrie.</translation>
    </message>
    <message>
        <location filename="../algorithms/aggregate.py" line="144"/>
        <source>The fine units have no numeric fields to sum.</source>
        <translation>Die feinen Raumeinheiten haben keine numerischen Felder zum Summieren.</translation>
    </message>
    <message>
        <location filename="../algorithms/aggregate.py" line="166"/>
        <source>{0} fine units lie in no coarse unit and are not counted.</source>
        <translation>{0} feine Raumeinheiten liegen in keiner groben Raumeinheit und werden nicht gezählt.</translation>
    </message>
    <message>
        <location filename="../algorithms/aggregate.py" line="171"/>
        <source>Field &apos;{0}&apos;: {1} fine units are NULL and count as 0.</source>
        <translation>Feld '{0}': {1} feine Raumeinheiten sind NULL und zählen als 0.</translation>
    </message>
    <message>
        <location filename="../algorithms/aggregate.py" line="197"/>
        <source>The key field &apos;{0}&apos; is not unique: &apos;{1}&apos;.</source>
        <translation>Das Schlüsselfeld '{0}' ist nicht eindeutig: '{1}'.</translation>
    </message>
    <message>
        <location filename="../algorithms/aggregate.py" line="150"/>
        <source>Field &apos;{0}&apos;: negative count {1} at feature {2}; counts cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/aggregate.py" line="217"/>
        <source>{0} coarse units have invalid geometries; they are repaired (makeValid) for the assignment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DynamikAlgorithm</name>
    <message>
        <location filename="../algorithms/dynamik.py" line="37"/>
        <source>Classify Dynamik</source>
        <translation>Dynamik klassifizieren</translation>
    </message>
    <message>
        <location filename="../algorithms/dynamik.py" line="42"/>
        <source>Status field</source>
        <translation>Statusfeld</translation>
    </message>
    <message>
        <location filename="../algorithms/dynamik.py" line="42"/>
        <source>Status class of each area (si_status from the social index).</source>
        <translation>Statusklasse jedes Gebiets (si_status aus dem Sozialindex).</translation>
    </message>
    <message>
        <location filename="../algorithms/dynamik.py" line="52"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../algorithms/dynamik.py" line="52"/>
        <source>Indicator change (Berlin MSS)</source>
        <translation>Indikatorveränderung (MSS Berlin)</translation>
    </message>
    <message>
        <location filename="../algorithms/dynamik.py" line="52"/>
        <source>Index difference</source>
        <translation>Indexdifferenz</translation>
    </message>
    <message>
        <location filename="../algorithms/dynamik.py" line="52"/>
        <source>Indicator change: change of each share between t0 and t1 in percentage points, standardised, directed, summed and standardised again. Index difference: difference of two si_index fields, standardised.</source>
        <translation>Indikatorveränderung: Veränderung jedes Anteils zwischen t0 und t1 in Prozentpunkten, standardisiert, gerichtet, summiert und erneut standardisiert. Indexdifferenz: Differenz zweier si_index-Felder, standardisiert.</translation>
    </message>
    <message>
        <location filename="../algorithms/dynamik.py" line="65"/>
        <source>Indicators (change)</source>
        <translation>Indikatoren (Veränderung)</translation>
    </message>
    <message>
        <location filename="../algorithms/dynamik.py" line="65"/>
        <source>One row per indicator: field and denominator at t0 and at t1, direction (&apos;+&apos;: higher means more disadvantage) and weight. With an empty &apos;Feld t0&apos; the field t1 already holds the change in percentage points.</source>
        <translation>Eine Zeile je Indikator: Feld und Nenner zu t0 und zu t1, Richtung ('+': höher bedeutet mehr Benachteiligung) und Gewicht. Bei leerem 'Feld t0' enthält das Feld t1 bereits die Veränderung in Prozentpunkten.</translation>
    </message>
    <message>
        <location filename="../algorithms/dynamik.py" line="78"/>
        <source>Index t0</source>
        <translation>Index t0</translation>
    </message>
    <message>
        <location filename="../algorithms/dynamik.py" line="78"/>
        <source>Index t1</source>
        <translation>Index t1</translation>
    </message>
    <message>
        <location filename="../algorithms/dynamik.py" line="79"/>
        <source>Favourable-oriented index (si_index) at the date, for index difference.</source>
        <translation>Index (si_index, hoch = günstig) zum Stichtag, für die Indexdifferenz.</translation>
    </message>
    <message>
        <location filename="../algorithms/dynamik.py" line="89"/>
        <source>Cut Dynamik</source>
        <translation>Schwelle Dynamik</translation>
    </message>
    <message>
        <location filename="../algorithms/dynamik.py" line="89"/>
        <source>Positiv at or above +cut, Negativ at or below -cut (standard deviations).</source>
        <translation>Positiv bei Werten ≥ +Schwelle, Negativ bei Werten ≤ -Schwelle (in Standardabweichungen).</translation>
    </message>
    <message>
        <location filename="../algorithms/dynamik.py" line="99"/>
        <source>Class scheme</source>
        <translation>Klassenschema</translation>
    </message>
    <message>
        <location filename="../algorithms/dynamik.py" line="99"/>
        <source>Oberhausen (11 classes)</source>
        <translation>Oberhausen (11 Klassen)</translation>
    </message>
    <message>
        <location filename="../algorithms/dynamik.py" line="99"/>
        <source>MSS Berlin (12 classes)</source>
        <translation>MSS Berlin (12 Klassen)</translation>
    </message>
    <message>
        <location filename="../algorithms/dynamik.py" line="99"/>
        <source>Oberhausen reports Hoch &amp; Positiv as Hoch &amp; Stabil; MSS Berlin keeps 12 classes.</source>
        <translation>Oberhausen weist Hoch &amp; Positiv als Hoch &amp; Stabil aus; MSS Berlin behält 12 Klassen bei.</translation>
    </message>
    <message>
        <location filename="../algorithms/dynamik.py" line="108"/>
        <source>Standard deviation with n-1</source>
        <translation>Standardabweichung mit n-1</translation>
    </message>
    <message>
        <location filename="../algorithms/dynamik.py" line="108"/>
        <source>Divide by n-1 instead of n (the Berlin MSS divides by n).</source>
        <translation>Division durch n-1 statt durch n (das MSS Berlin teilt durch n).</translation>
    </message>
    <message>
        <location filename="../algorithms/dynamik.py" line="113"/>
        <source>Dynamik</source>
        <translation>Dynamik</translation>
    </message>
    <message>
        <location filename="../algorithms/dynamik.py" line="113"/>
        <source>The input features with dyn_* and the combined class si_klasse.</source>
        <translation>Die Eingabeobjekte mit dyn_* und der kombinierten Klasse si_klasse.</translation>
    </message>
    <message>
        <location filename="../algorithms/dynamik.py" line="122"/>
        <source>No indicators given for the indicator-change method.</source>
        <translation>Für die Methode Indikatorveränderung sind keine Indikatoren angegeben.</translation>
    </message>
    <message>
        <location filename="../algorithms/dynamik.py" line="136"/>
        <source>STATUS_FIELD is needed for the combined class.</source>
        <translation>Für die kombinierte Klasse wird STATUS_FIELD benötigt.</translation>
    </message>
    <message>
        <location filename="../algorithms/dynamik.py" line="153"/>
        <source>Index difference needs the fields INDEX_T0 and INDEX_T1.</source>
        <translation>Die Indexdifferenz benötigt die Felder INDEX_T0 und INDEX_T1.</translation>
    </message>
    <message>
        <location filename="../algorithms/dynamik.py" line="171"/>
        <source>Scheme Oberhausen: {0} areas Hoch &amp; Positiv are reported as Hoch &amp; Stabil (code 12).</source>
        <translation>Schema Oberhausen: {0} Gebiete Hoch &amp; Positiv werden als Hoch &amp; Stabil ausgewiesen (Code 12).</translation>
    </message>
    <message>
        <location filename="../algorithms/dynamik.py" line="166"/>
        <source>{0} areas without Dynamik; the reason is in dyn_hinweis.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../ui/help_dialog.py" line="24"/>
        <source>Sozialplanung: user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/help_dialog.py" line="47"/>
        <source>The user guide {0} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndexHistogram</name>
    <message>
        <location filename="../ui/histogram.py" line="75"/>
        <source>No index values yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/histogram.py" line="103"/>
        <source>Index (high = favourable), cuts in SD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/histogram.py" line="108"/>
        <source>max. {0} areas per bar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KomMonitorAlgorithm</name>
    <message>
        <location filename="../algorithms/kommonitor.py" line="153"/>
        <source>Load indicators from KomMonitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/kommonitor.py" line="157"/>
        <source>KomMonitor data-management URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/kommonitor.py" line="157"/>
        <source>Address of the data-management API with its prefix, e.g. https://monitor.example.de/management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/kommonitor.py" line="163"/>
        <source>Public data only (no login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/kommonitor.py" line="163"/>
        <source>Use the /public/... endpoints that need no login; AUTH_CONFIG is then not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/kommonitor.py" line="167"/>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/kommonitor.py" line="167"/>
        <source>QGIS authentication configuration that sends the bearer token (Keycloak realm kommonitor), e.g. method OAuth2 with grant flow Resource Owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/kommonitor.py" line="174"/>
        <source>Timeout (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/kommonitor.py" line="174"/>
        <source>Longest wait for each answer of the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/kommonitor.py" line="186"/>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/kommonitor.py" line="186"/>
        <source>Indicators for a spatial unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/kommonitor.py" line="186"/>
        <source>Georesource (e.g. institutions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/kommonitor.py" line="186"/>
        <source>Indicators (joined on ID) for SPATIAL_UNIT_ID, or the features of GEORESOURCE_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/kommonitor.py" line="195"/>
        <source>Spatial unit id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/kommonitor.py" line="195"/>
        <source>spatialUnitId (or the name of the level, e.g. Stadtteile) of the spatial unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/kommonitor.py" line="199"/>
        <source>Indicator ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/kommonitor.py" line="199"/>
        <source>Comma-separated indicatorIds; several indicators are joined on ID into one layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/kommonitor.py" line="203"/>
        <source>Column prefixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/kommonitor.py" line="203"/>
        <source>Comma-separated, one per indicator: DATE_2021-12-31 becomes &lt;prefix&gt;_2021 (two dates in one year: &lt;prefix&gt;_2021_12_31). Empty: ind1, ind2, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/kommonitor.py" line="210"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/kommonitor.py" line="210"/>
        <source>Comma-separated years (2021) or dates (2021-12-31) to keep; empty keeps all. For a georesource one date: the features valid on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/kommonitor.py" line="217"/>
        <source>Georesource id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/kommonitor.py" line="217"/>
        <source>georesourceId of the georesource to load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/kommonitor.py" line="221"/>
        <source>Target CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/kommonitor.py" line="221"/>
        <source>Reproject the features (e.g. to EPSG:25832); empty keeps the server&apos;s CRS (EPSG:4326).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/kommonitor.py" line="226"/>
        <source>KomMonitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/kommonitor.py" line="226"/>
        <source>Features with ID, NAME and the value columns (or the georesource&apos;s properties).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/kommonitor.py" line="237"/>
        <source>PUBLIC is set: the authentication configuration is not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/kommonitor.py" line="263"/>
        <source>Canceled.</source>
        <translation type="unfinished">Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../algorithms/kommonitor.py" line="271"/>
        <source>{0} features with {1} fields written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/kommonitor.py" line="291"/>
        <source>Indicator '{0}' ({1}) → {2}_*</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KomMonitorDialog</name>
    <message>
        <location filename="../ui/kommonitor_dialog.py" line="39"/>
        <source>Load into project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/kommonitor_dialog.py" line="40"/>
        <source>Open in Processing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/kommonitor_dialog.py" line="54"/>
        <source>As served (EPSG:4326)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/kommonitor_dialog.py" line="104"/>
        <source>{0} spatial units, {1} indicators, {2} georesources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/kommonitor_dialog.py" line="205"/>
        <source>Loaded {0} features into &apos;{1}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/kommonitor_dialog.ui" line="14"/>
        <source>Load data from KomMonitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/kommonitor_dialog.ui" line="20"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/kommonitor_dialog.ui" line="26"/>
        <source>Data-management URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/kommonitor_dialog.ui" line="36"/>
        <source>https://monitor.example.de/management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/kommonitor_dialog.ui" line="43"/>
        <source>Public data only (no login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/kommonitor_dialog.ui" line="50"/>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/kommonitor_dialog.ui" line="60"/>
        <source>Fetch lists from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/kommonitor_dialog.ui" line="74"/>
        <source>Indicators</source>
        <translation type="unfinished">Indikatoren</translation>
    </message>
    <message>
        <location filename="../ui/kommonitor_dialog.ui" line="80"/>
        <source>Spatial unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/kommonitor_dialog.ui" line="93"/>
        <source>Tick the indicators to load; the prefix names their columns (prefix_2021).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/kommonitor_dialog.ui" line="103"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/kommonitor_dialog.ui" line="108"/>
        <source>Column prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/kommonitor_dialog.ui" line="113"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/kommonitor_dialog.ui" line="118"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/kommonitor_dialog.ui" line="126"/>
        <source>Dates to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/kommonitor_dialog.ui" line="136"/>
        <source>e.g. 2021, 2023 (empty: all dates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/kommonitor_dialog.ui" line="150"/>
        <source>Georesource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/kommonitor_dialog.ui" line="163"/>
        <source>Valid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/kommonitor_dialog.ui" line="173"/>
        <source>e.g. 2023-12-31 (empty: newest records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/kommonitor_dialog.ui" line="186"/>
        <source>Target CRS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MethodError</name>
    <message>
        <location filename="../core/sozialindex.py" line="199"/>
        <source>Unknown standardisation: {0}</source>
        <translation>Unbekannte Standardisierung: {0}</translation>
    </message>
    <message>
        <location filename="../core/sozialindex.py" line="93"/>
        <source>Unknown aggregation: {0}</source>
        <translation>Unbekannte Aggregation: {0}</translation>
    </message>
    <message>
        <location filename="../core/sozialindex.py" line="113"/>
        <source>Direction must be &apos;+&apos; or &apos;-&apos;, not &apos;{0}&apos;.</source>
        <translation>Richtung muss '+' oder '-' sein, nicht '{0}'.</translation>
    </message>
    <message>
        <location filename="../core/sozialindex.py" line="123"/>
        <source>Weight must be a number, not &apos;{0}&apos;.</source>
        <translation>Gewicht muss eine Zahl sein, nicht '{0}'.</translation>
    </message>
    <message>
        <location filename="../core/sozialindex.py" line="127"/>
        <source>Weight must be a number &gt;= 0, not &apos;{0}&apos;.</source>
        <translation>Gewicht muss eine Zahl &gt;= 0 sein, nicht '{0}'.</translation>
    </message>
    <message>
        <location filename="../core/sozialindex.py" line="176"/>
        <source>Fewer than two rated units: nothing to standardise.</source>
        <translation>Weniger als zwei bewertete Raumeinheiten: nichts zu standardisieren.</translation>
    </message>
    <message>
        <location filename="../core/sozialindex.py" line="201"/>
        <source>Indicator {0} is constant over all rated units.</source>
        <translation>Indikator {0} ist über alle bewerteten Raumeinheiten konstant.</translation>
    </message>
    <message>
        <location filename="../core/sozialindex.py" line="227"/>
        <source>At least one indicator needs a weight &gt; 0.</source>
        <translation>Mindestens ein Indikator benötigt ein Gewicht &gt; 0.</translation>
    </message>
    <message>
        <location filename="../core/sozialindex.py" line="229"/>
        <source>Only {0} rated unit(s): at least two are needed.</source>
        <translation>Nur {0} bewertete Raumeinheit(en): Mindestens zwei werden benötigt.</translation>
    </message>
    <message>
        <location filename="../core/sozialindex.py" line="236"/>
        <source>Population weighting needs a population field.</source>
        <translation>Die Gewichtung nach Einwohnerzahl benötigt ein Einwohnerfeld.</translation>
    </message>
    <message>
        <location filename="../core/sozialindex.py" line="271"/>
        <source>CUT_DYNAMIK must be greater than 0, not {0}.</source>
        <translation>CUT_DYNAMIK muss größer als 0 sein, nicht {0}.</translation>
    </message>
    <message>
        <location filename="../core/sozialindex.py" line="387"/>
        <source>No indicators given.</source>
        <translation>Keine Indikatoren angegeben.</translation>
    </message>
    <message>
        <location filename="../core/sozialindex.py" line="345"/>
        <source>An indicator field is given more than once.</source>
        <translation>Ein Indikatorfeld ist mehrfach angegeben.</translation>
    </message>
    <message>
        <location filename="../core/sozialindex.py" line="448"/>
        <source>Unknown scheme: {0}</source>
        <translation>Unbekanntes Schema: {0}</translation>
    </message>
    <message>
        <location filename="../core/sozialindex.py" line="451"/>
        <source>Unknown status class(es): {0}</source>
        <translation>Unbekannte Statusklasse(n): {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/kommonitor.py" line="74"/>
        <source>Authentication configuration &apos;{0}&apos; does not exist in this QGIS profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/robustheit.py" line="130"/>
        <source>Canceled.</source>
        <translation type="unfinished">Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../algorithms/kommonitor.py" line="278"/>
        <source>{0} is needed for this resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/kommonitor.py" line="297"/>
        <source>The indicators come in different CRS: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/kommonitor.py" line="362"/>
        <source>The geometry of ID {0} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/kommonitor.py" line="371"/>
        <source>The geometry of ID {0} cannot be reprojected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/kommonitor.py" line="62"/>
        <source>Cannot reach {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/kommonitor.py" line="83"/>
        <source>KomMonitor answered {0} with HTTP {1} (server error); try again later. {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/kommonitor.py" line="91"/>
        <source>KomMonitor answered {0} with HTTP {1}. {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/kommonitor.py" line="98"/>
        <source>No answer from {0} within {1} s (TIMEOUT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/kommonitor.py" line="135"/>
        <source>The answer of {0} is no list of KomMonitor datasets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/kommonitor.py" line="144"/>
        <source>The answer of {0} has no &apos;{1}&apos;: no KomMonitor metadata record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/kommonitor.py" line="157"/>
        <source>The answer of {0} is no GeoJSON FeatureCollection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/kommonitor.py" line="162"/>
        <source>The answer of {0} has no &apos;features&apos; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/kommonitor.py" line="166"/>
        <source>Feature {0} in the answer of {1} has no property &apos;ID&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/kommonitor.py" line="195"/>
        <source>Indicator &apos;{0}&apos; is not available for spatial unit &apos;{1}&apos;; it is for: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/kommonitor.py" line="227"/>
        <source>DATES: &apos;{0}&apos; is neither a year (2021) nor a date (2021-12-31).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/kommonitor.py" line="249"/>
        <source>Indicator &apos;{0}&apos; has no DATE_YYYY-MM-DD values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/kommonitor.py" line="258"/>
        <source>Indicator &apos;{0}&apos; has no values for {1}; it has: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/kommonitor.py" line="283"/>
        <source>COLUMN_PREFIXES has {0} prefixes for {1} indicators; give one per indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/kommonitor.py" line="301"/>
        <source>COLUMN_PREFIXES: &apos;{0}&apos; is used twice or clashes with ID/NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/kommonitor.py" line="359"/>
        <source>Indicator &apos;{0}&apos;, ID {1}, {2}: &apos;{3}&apos; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/kommonitor.py" line="416"/>
        <source>Column &apos;{0}&apos; would be created twice; use distinct COLUMN_PREFIXES.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/kommonitor.py" line="443"/>
        <source>Indicator &apos;{0}&apos; has no values for {1} units (NULL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/kommonitor.py" line="456"/>
        <source>DATES: a georesource takes at most one date, not {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/kommonitor.py" line="511"/>
        <source>Invalid GeoJSON geometry of type &apos;{0}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/kommonitor.py" line="546"/>
        <source>The features mix geometry types ({0}); a layer takes one type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/offergap.py" line="86"/>
        <source>CATEGORY_FIELD has {0} different values; at most {1} categories are possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/offergap.py" line="107"/>
        <source>RADIUS must be greater than 0, not {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/offergap.py" line="109"/>
        <source>GAP_RATIO must be 0 or more, not {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/offergap.py" line="113"/>
        <source>Unknown decay: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/offergap.py" line="148"/>
        <source>Field &apos;{0}&apos;: value {1} of feature {2} is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/offergap.py" line="482"/>
        <source>The need is 0 or NULL in every area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/poimatch.py" line="909"/>
        <source>MAX_DISTANCE must be &gt; 0 and MOVED_DISTANCE at least MAX_DISTANCE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/poimatch.py" line="915"/>
        <source>MIN_SCORE must lie between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/robustheit.py" line="111"/>
        <source>STABLE_SHARE must be between 0 and 1, not {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/robustheit.py" line="140"/>
        <source>No method variant could be computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/webexport.py" line="55"/>
        <source>BASEMAP_URL must be an http(s) address, not &apos;{0}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/webexport.py" line="60"/>
        <source>BASEMAP_URL has an invalid host: &apos;{0}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/webexport.py" line="65"/>
        <source>The tile URL in BASEMAP_URL needs {{z}}, {{x}} and {{y}}: &apos;{0}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OffergapAlgorithm</name>
    <message>
        <location filename="../algorithms/network.py" line="74"/>
        <source>The NETWORK layer has no usable lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="77"/>
        <source>Analyse offer gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="82"/>
        <source>Areas (e.g. Sozialquartiere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="82"/>
        <source>Polygons with id, need and (optionally) the Sozialindex status; their fields are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="88"/>
        <source>Id field</source>
        <translation type="unfinished">ID-Feld</translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="88"/>
        <source>Unique id of each area; duplicates are an error.</source>
        <translation type="unfinished">Eindeutige Kennung jedes Gebiets; Duplikate sind ein Fehler.</translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="94"/>
        <source>Need field (target population)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="94"/>
        <source>Count of the target population per area, e.g. children under 6 or all inhabitants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="102"/>
        <source>Status field</source>
        <translation type="unfinished">Statusfeld</translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="102"/>
        <source>Sozialindex status (si_status or si_status_code) for the priority; empty: status unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="110"/>
        <source>Offers (institutions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="110"/>
        <source>Points of the offers, e.g. the institution register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="116"/>
        <source>Category field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="116"/>
        <source>Offer category (e.g. Kita); each category gets its own fields. Empty: one category &apos;alle&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="127"/>
        <source>Capacity field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="127"/>
        <source>Places or other capacity per offer; empty: 1 per offer. NULL: median of the category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="136"/>
        <source>Demand locations (addresses, buildings, grid cells)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="136"/>
        <source>Where the need lives; each area&apos;s need is spread over its locations. Empty: area centres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="147"/>
        <source>Demand weight field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="147"/>
        <source>Residents (or the target group) per demand location; empty: 1 per location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="156"/>
        <source>Radius (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="156"/>
        <source>Catchment radius in metres; a distance equal to the radius is inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="166"/>
        <source>Distance decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="166"/>
        <source>None (2SFCA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="166"/>
        <source>Linear (E2SFCA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="166"/>
        <source>Gaussian (E2SFCA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="166"/>
        <source>Weight of an offer by distance inside the radius: none, 1 - d/R, or Gaussian to 0 at R.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="177"/>
        <source>Gap ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="177"/>
        <source>A gap where accessibility is below this share of the city-wide value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="187"/>
        <source>Street network (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="187"/>
        <source>Lines connected at shared vertices; distances follow them. Empty: straight lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="197"/>
        <source>Offer gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="197"/>
        <source>The areas with og_* fields per category, og_luecken and og_prioritaet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="203"/>
        <source>Offer gaps (long table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="203"/>
        <source>One row per area, category and measure, for charts and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="219"/>
        <source>The areas have no CRS; coordinates are taken as metres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="228"/>
        <source>Distances are measured in {0} ({1}), not in the areas&apos; CRS {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="260"/>
        <source>Area &apos;{0}&apos; has no geometry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="292"/>
        <source>Canceled.</source>
        <translation type="unfinished">Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="295"/>
        <source>{0}: {1} features without geometry are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="329"/>
        <source>ID_FIELD and NEED_FIELD are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="368"/>
        <source>{0} areas have no need (NULL in &apos;{1}&apos;): no per-need figures, no gap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="388"/>
        <source>Network: demand snapped to the nearest node, at most {0:.0f} m away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="397"/>
        <source>{0} demand locations reach no offer of &apos;{1}&apos; on the network; og_{2}_dist leaves them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="415"/>
        <source>Categories {0} are one category &apos;{1}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="422"/>
        <source>{0} offers without a category (&apos;{1}&apos; is NULL or empty) are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="428"/>
        <source>No offer has a category in &apos;{0}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="437"/>
        <source>&apos;{0}&apos;: {1} offers with NULL capacity get the median capacity {2:g} of the category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="465"/>
        <source>{0} demand locations with NULL in &apos;{1}&apos; count 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="471"/>
        <source>{0} demand locations lie in no area and are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="477"/>
        <source>{0} areas with need have no demand location (e.g. {1}); their centre carries the need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="524"/>
        <source>{0}: city-wide {1:.2f} per 1,000, gap below {2:.2f}: {3} areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/offergap.py" line="533"/>
        <source>Priority: {0} hoch, {1} mittel, {2} niedrig.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoiMatchAlgorithm</name>
    <message>
        <location filename="../algorithms/poimatch.py" line="114"/>
        <source>Match institutions with POIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/poimatch.py" line="119"/>
        <source>Register of institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/poimatch.py" line="119"/>
        <source>Points of the register (a reviewed result of an earlier run keeps its decisions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/poimatch.py" line="123"/>
        <source>Register id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/poimatch.py" line="123"/>
        <source>Unique id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/poimatch.py" line="124"/>
        <source>Register name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/poimatch.py" line="124"/>
        <source>Name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/poimatch.py" line="125"/>
        <source>Register category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/poimatch.py" line="125"/>
        <source>Category, e.g. Kita, Familienzentrum, Jugendzentrum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/poimatch.py" line="132"/>
        <source>Register address (or street)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/poimatch.py" line="132"/>
        <source>Address &apos;Street 12a&apos;, or the street when a house number field is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/poimatch.py" line="139"/>
        <source>Register house number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/poimatch.py" line="139"/>
        <source>House number when the address field holds only the street.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/poimatch.py" line="147"/>
        <source>Points of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/poimatch.py" line="147"/>
        <source>POIs, e.g. OpenStreetMap points from the OGR OSM driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/poimatch.py" line="151"/>
        <source>POI id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/poimatch.py" line="151"/>
        <source>Unique id, e.g. osm_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/poimatch.py" line="152"/>
        <source>POI name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/poimatch.py" line="152"/>
        <source>Name (empty: name tag of other_tags).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/poimatch.py" line="155"/>
        <source>POI category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/poimatch.py" line="155"/>
        <source>Category field, e.g. amenity; other_tags are read as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/poimatch.py" line="162"/>
        <source>POI address (or street)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/poimatch.py" line="162"/>
        <source>Address or street (e.g. addr_street); empty: addr:* tags of other_tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/poimatch.py" line="169"/>
        <source>POI house number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/poimatch.py" line="169"/>
        <source>House number (e.g. addr_housenumber) when the address field holds only the street.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/poimatch.py" line="176"/>
        <source>POI tags (hstore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/poimatch.py" line="176"/>
        <source>OSM tags as hstore text; empty: the field other_tags when the layer has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/poimatch.py" line="184"/>
        <source>Maximum distance for a confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/poimatch.py" line="184"/>
        <source>A match up to this distance is 'bestätigt'.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/poimatch.py" line="184"/>
        <source>Maximum distance for a move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/poimatch.py" line="184"/>
        <source>A strong name match up to this distance is &apos;verschoben&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/poimatch.py" line="192"/>
        <source>Minimum score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/poimatch.py" line="192"/>
        <source>Pairs below this score are not matched; up to 0.15 above it they are marked for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/poimatch.py" line="205"/>
        <source>Category mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/poimatch.py" line="205"/>
        <source>One pair per row: register category and a POI category (value, or OSM key=value). Empty: built-in mapping of German category words to OSM tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/poimatch.py" line="218"/>
        <source>Register matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/poimatch.py" line="218"/>
        <source>New institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/poimatch.py" line="218"/>
        <source>Match lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/poimatch.py" line="270"/>
        <source>{0}: feature {1} has no geometry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/poimatch.py" line="280"/>
        <source>{0}: {1} features without geometry are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/poimatch.py" line="295"/>
        <source>{0} is required ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/poimatch.py" line="306"/>
        <source>CATEGORY_MAP: every row needs a register and a POI category: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/poimatch.py" line="339"/>
        <source>MAX_DISTANCE must be &gt; 0 and MOVED_DISTANCE at least MAX_DISTANCE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/poimatch.py" line="387"/>
        <source>Marked for review: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoiReviewDialog</name>
    <message>
        <location filename="../ui/poi_review.ui" line="14"/>
        <source>Review POI matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/poi_review.ui" line="22"/>
        <source>Matched register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/poi_review.ui" line="32"/>
        <source>Match lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/poi_review.ui" line="42"/>
        <source>New institutions (also the POIs to relink to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/poi_review.ui" line="56"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/poi_review.ui" line="66"/>
        <source>Only entries marked for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/poi_review.ui" line="110"/>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/poi_review.ui" line="117"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/poi_review.ui" line="134"/>
        <source>Relink to this POI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/poi_review.ui" line="145"/>
        <source>Export update list…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportAlgorithm</name>
    <message>
        <location filename="../algorithms/report.py" line="47"/>
        <source>Social report / quarter profiles (Sozialbericht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="51"/>
        <source>Result layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="51"/>
        <source>Areas with the fields si_* and dyn_* (optionally og_* and rb_*).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="57"/>
        <source>Name field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="57"/>
        <source>Name of each area, shown in the table and the profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="63"/>
        <source>Indicators (status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="63"/>
        <source>The INDICATORS matrix of the social index: the shares (field / denominator) and the city values shown in the profiles. Empty: only the z-values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="75"/>
        <source>Indicators (Dynamik)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="75"/>
        <source>The INDICATORS matrix of Dynamik: the change of each share in percentage points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="84"/>
        <source>Institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="84"/>
        <source>Points of institutions; each profile lists those inside the area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="93"/>
        <source>Institution name field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="93"/>
        <source>Name of an institution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="93"/>
        <source>Institution category field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="93"/>
        <source>Category of an institution (also names the offer categories of og_* fields).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="111"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="111"/>
        <source>Title of the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="116"/>
        <source>HTML report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="116"/>
        <source>One self-contained HTML file (maps embedded, no internet access needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="120"/>
        <source>PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="120"/>
        <source>Optional PDF of the same report (QGIS print layout, A4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="134"/>
        <source>The folder of {0} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="136"/>
        <source>{0} areas, {1} rated, {2} profiles (si_aufmerksam = 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="154"/>
        <source>Sozialindex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="248"/>
        <source>Canceled.</source>
        <translation type="unfinished">Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="165"/>
        <source>A map could not be rendered; the report shows no image there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="168"/>
        <source>Writing the PDF …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="174"/>
        <source>The PDF could not be written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="180"/>
        <source>The HTML report could not be written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="221"/>
        <source>INSTITUTIONS needs INSTITUTION_NAME_FIELD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/report.py" line="228"/>
        <source>Field &apos;{0}&apos; ({1}) does not exist in the institutions layer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RobustheitAlgorithm</name>
    <message>
        <location filename="../algorithms/robustheit.py" line="27"/>
        <source>Robustness of the social index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/robustheit.py" line="35"/>
        <source>Runs with random weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/robustheit.py" line="35"/>
        <source>Number of variants in which every weight is multiplied by a random factor in [0.5, 1.5].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/robustheit.py" line="43"/>
        <source>Random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/robustheit.py" line="43"/>
        <source>Seed of the random weights: the same seed gives the same result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/robustheit.py" line="48"/>
        <source>Share for a stable class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/robustheit.py" line="48"/>
        <source>An area is uncertain (rb_unsicher = 1) when fewer variants than this share keep its class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/robustheit.py" line="62"/>
        <source>Robustness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/robustheit.py" line="62"/>
        <source>The input features with the robustness fields rb_*.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/robustheit.py" line="93"/>
        <source>Variant &apos;{0}&apos; left out: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/robustheit.py" line="99"/>
        <source>{0} variants computed; {1} of {2} rated areas are uncertain (share of equal class &lt; {3}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SozialindexAlgorithm</name>
    <message>
        <location filename="../algorithms/sozialindex.py" line="59"/>
        <source>Compute social index (Sozialindex)</source>
        <translation>Sozialindex berechnen</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="73"/>
        <source>Indicators</source>
        <translation>Indikatoren</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="73"/>
        <source>One row per indicator: field (share, or count when a denominator is given), denominator field (empty for shares), direction (&apos;+&apos;: higher means more disadvantage, &apos;-&apos;: higher is favourable) and weight (default 1).</source>
        <translation>Eine Zeile je Indikator: Feld (Anteil oder Anzahl, wenn ein Nenner angegeben ist), Nennerfeld (leer bei Anteilen), Richtung ('+': höher bedeutet mehr Benachteiligung, '-': höher ist günstig) und Gewicht (Standard 1).</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="66"/>
        <source>Social index</source>
        <translation>Sozialindex</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="66"/>
        <source>The input features with the index fields si_*.</source>
        <translation>Die Eingabeobjekte mit den Indexfeldern si_*.</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="89"/>
        <source>Population field</source>
        <translation>Einwohnerfeld</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="89"/>
        <source>Inhabitants per area: areas below the minimum are not rated; also the weights for population weighting.</source>
        <translation>Einwohner je Gebiet: Gebiete unter dem Mindestwert werden nicht bewertet; zugleich die Gewichte für die Gewichtung nach Einwohnerzahl.</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="102"/>
        <source>Minimum population</source>
        <translation>Mindesteinwohnerzahl</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="102"/>
        <source>Areas with fewer inhabitants are not rated and do not enter the standardisation.</source>
        <translation>Gebiete mit weniger Einwohnern werden nicht bewertet und gehen nicht in die Standardisierung ein.</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="112"/>
        <source>Exclusion field</source>
        <translation>Ausschlussfeld</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="112"/>
        <source>Areas where this field is true (1, true, ja) are not rated (manual outliers).</source>
        <translation>Gebiete, in denen dieses Feld wahr ist (1, true, ja), werden nicht bewertet (manuelle Ausreißer).</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="122"/>
        <source>Standardisation</source>
        <translation>Standardisierung</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="122"/>
        <source>z-score</source>
        <translation>z-Wert</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="122"/>
        <source>Robust z (median/MAD)</source>
        <translation>Robuster z-Wert (Median/MAD)</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="122"/>
        <source>Min-max</source>
        <translation>Min-Max</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="122"/>
        <source>Percentile rank</source>
        <translation>Perzentilrang</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="122"/>
        <source>How each share is standardised over the rated areas.</source>
        <translation>Wie jeder Anteil über die bewerteten Gebiete standardisiert wird.</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="137"/>
        <source>Standard deviation with n-1</source>
        <translation>Standardabweichung mit n-1</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="142"/>
        <source>Population-weighted</source>
        <translation>Gewichtung nach Einwohnerzahl</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="147"/>
        <source>Aggregation</source>
        <translation>Aggregation</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="147"/>
        <source>Sum of directed z-values, standardised again</source>
        <translation>Summe der gerichteten z-Werte, erneut standardisiert</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="147"/>
        <source>Weighted mean</source>
        <translation>Gewichteter Mittelwert</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="147"/>
        <source>How the directed z-values are combined into the index.</source>
        <translation>Wie die gerichteten z-Werte zum Index zusammengefasst werden.</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="157"/>
        <source>High index = favourable</source>
        <translation>Hoher Index = günstig</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="162"/>
        <source>Cut Hoch</source>
        <translation>Schwelle Hoch</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="162"/>
        <source>Cut Niedrig</source>
        <translation>Schwelle Niedrig</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="162"/>
        <source>Cut Sehr Niedrig</source>
        <translation>Schwelle Sehr Niedrig</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="167"/>
        <source>Class cut in standard deviations of the favourable-oriented index; a value exactly on a cut belongs to the outer class.</source>
        <translation>Klassenschwelle in Standardabweichungen des Index (hoch = günstig); ein Wert genau auf einer Schwelle gehört zur äußeren Klasse.</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="196"/>
        <source>No indicators given.</source>
        <translation>Keine Indikatoren angegeben.</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="213"/>
        <source>Population weighting needs a population field.</source>
        <translation>Die Gewichtung nach Einwohnerzahl benötigt ein Einwohnerfeld.</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="233"/>
        <source>{0} of {1} areas rated.</source>
        <translation>{0} von {1} Gebieten bewertet.</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="238"/>
        <source>{0} areas not rated; the reason is in si_hinweis.</source>
        <translation>{0} Gebiete nicht bewertet; der Grund steht in si_hinweis.</translation>
    </message>
</context>
<context>
    <name>SozialindexAssistant</name>
    <message>
        <location filename="../ui/sozialindex_assistant.py" line="179"/>
        <source>Oberhausen: seven indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.py" line="180"/>
        <source>Berlin MSS: S1, S3, S4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.py" line="187"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.py" line="241"/>
        <source>latest complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.py" line="278"/>
        <source>+ (disadvantage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.py" line="279"/>
        <source>- (favourable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.py" line="280"/>
        <source>+: a higher value means more disadvantage; -: a higher value is favourable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.py" line="347"/>
        <source>{0} of {1} indicators found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.py" line="349"/>
        <source> (year {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.py" line="351"/>
        <source>; missing fields: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.py" line="393"/>
        <source>Not found for the Dynamik: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.py" line="395"/>
        <source>The indicator fields carry no year and the layer has no change fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.py" line="474"/>
        <source>Choose a layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.py" line="483"/>
        <source>Choose the id field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.py" line="495"/>
        <source>Population weighting needs a population field.</source>
        <translation type="unfinished">Die Gewichtung nach Einwohnerzahl benötigt ein Einwohnerfeld.</translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.py" line="556"/>
        <source>Status classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.py" line="566"/>
        <source>Combined classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.py" line="602"/>
        <source>Preview: Sozialindex status (temporary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.py" line="650"/>
        <source>Sozialindex {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.py" line="652"/>
        <source>The Dynamik step has no indicator pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.py" line="658"/>
        <source>Sozialindex status {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.py" line="686"/>
        <source>Step {0} of {1}: {2}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.py" line="704"/>
        <source>Canceling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.py" line="711"/>
        <source>Canceled: no result was written to the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.py" line="713"/>
        <source>The algorithm failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.ui" line="14"/>
        <source>Sozialindex assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.py" line="746"/>
        <source>Done: layer &apos;{0}&apos; with {1} areas added to the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.ui" line="31"/>
        <source>1 Data and indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.ui" line="39"/>
        <source>Areas</source>
        <translation type="unfinished">Gebiete</translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.ui" line="46"/>
        <source>Layer of areas (or a table) with indicator counts or shares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.ui" line="53"/>
        <source>Id field</source>
        <translation type="unfinished">ID-Feld</translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.ui" line="60"/>
        <source>Unique id of each area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.ui" line="67"/>
        <source>Population field</source>
        <translation type="unfinished">Einwohnerfeld</translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.ui" line="74"/>
        <source>Inhabitants per area: areas below the minimum population are not rated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.ui" line="85"/>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.ui" line="92"/>
        <source>Fill the indicator table from the field names of the layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.ui" line="99"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.ui" line="106"/>
        <source>Year of the status (field-name suffix such as sgb2_2023).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.ui" line="113"/>
        <source>Apply preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.ui" line="129"/>
        <source>One row per indicator: count (or share), denominator (empty for shares), direction and weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.ui" line="139"/>
        <source>Field (count or share)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.ui" line="144"/>
        <source>Denominator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.ui" line="445"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.ui" line="450"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.ui" line="164"/>
        <source>Add indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.ui" line="171"/>
        <source>Remove indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.ui" line="195"/>
        <source>2 Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.ui" line="201"/>
        <source>Minimum population</source>
        <translation type="unfinished">Mindesteinwohnerzahl</translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.ui" line="224"/>
        <source>Standardisation</source>
        <translation type="unfinished">Standardisierung</translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.ui" line="234"/>
        <source>Standard deviation with n-1 (Berlin MSS: n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.ui" line="241"/>
        <source>Population-weighted mean and standard deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.ui" line="248"/>
        <source>Aggregation</source>
        <translation type="unfinished">Aggregation</translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.ui" line="258"/>
        <source>High index = favourable social situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.ui" line="268"/>
        <source>Cut Hoch (SD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.ui" line="291"/>
        <source>Cut Niedrig (SD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.ui" line="314"/>
        <source>Cut Sehr Niedrig (SD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.ui" line="337"/>
        <source>Exclusion field</source>
        <translation type="unfinished">Ausschlussfeld</translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.ui" line="344"/>
        <source>Areas where this field is true (1, true, ja) are not rated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.ui" line="352"/>
        <source>3 Dynamik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.ui" line="358"/>
        <source>Second step: classify the Dynamik and the combined class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.ui" line="372"/>
        <source>Earlier date (t0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.ui" line="379"/>
        <source>The fields of this year are paired with the fields of the status year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.ui" line="386"/>
        <source>Cut Dynamik (SD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.ui" line="409"/>
        <source>Class scheme</source>
        <translation type="unfinished">Klassenschema</translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.ui" line="425"/>
        <source>Field t0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.ui" line="430"/>
        <source>Denominator t0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.ui" line="435"/>
        <source>Field t1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.ui" line="440"/>
        <source>Denominator t1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.ui" line="470"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.ui" line="496"/>
        <source>Show the classes on the map (temporary layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.ui" line="508"/>
        <source>Update automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.ui" line="518"/>
        <source>Update preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.ui" line="533"/>
        <source>Result (empty: temporary layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.ui" line="554"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.ui" line="567"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sozialindex_assistant.ui" line="574"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SozialplanungAlgorithm</name>
    <message>
        <location filename="../algorithms/base.py" line="197"/>
        <source>Social index</source>
        <translation>Sozialindex</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="198"/>
        <source>Offers and institutions</source>
        <translation>Angebote und Einrichtungen</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="199"/>
        <source>Reports and export</source>
        <translation>Berichte und Export</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="225"/>
        <source>Areas</source>
        <translation>Gebiete</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="225"/>
        <source>Areas (or a table) with the indicator fields.</source>
        <translation>Gebiete (oder eine Tabelle) mit den Indikatorfeldern.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="231"/>
        <source>Id field</source>
        <translation>ID-Feld</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="231"/>
        <source>Unique id of each area; duplicates are an error.</source>
        <translation>Eindeutige Kennung jedes Gebiets; Duplikate sind ein Fehler.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="252"/>
        <source>{0} must have {1} values per row, but has {2} values in all.</source>
        <translation>{0} muss {1} Werte je Zeile haben, hat aber insgesamt {2} Werte.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="300"/>
        <source>The layer of {0} is empty.</source>
        <translation>Der Layer von {0} ist leer.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="308"/>
        <source>Field &apos;{0}&apos; ({1}) does not exist in the input layer.</source>
        <translation>Feld '{0}' ({1}) existiert im Eingabelayer nicht.</translation>
    </message>
    <message>
        <location filename="../algorithms/network.py" line="89"/>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="354"/>
        <source>The id field &apos;{0}&apos; is empty (NULL) for some features.</source>
        <translation>Das ID-Feld '{0}' ist bei einigen Objekten leer (NULL).</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="357"/>
        <source>The id field &apos;{0}&apos; is not unique: &apos;{1}&apos; occurs more than once.</source>
        <translation>Das ID-Feld '{0}' ist nicht eindeutig: '{1}' kommt mehrfach vor.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="383"/>
        <source>Field &apos;{0}&apos;: value &apos;{1}&apos; of feature {2} is not a number.</source>
        <translation>Feld '{0}': Wert '{1}' von Objekt {2} ist keine Zahl.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="400"/>
        <source>Input field &apos;{0}&apos; is replaced by the result.</source>
        <translation>Eingabefeld '{0}' wird durch das Ergebnis ersetzt.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="526"/>
        <source>Style not stored in {0}: {1}</source>
        <translation>Stil nicht in {0} gespeichert: {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="267"/>
        <source>An indicator row has no field: {0}</source>
        <translation type="unfinished">Eine Indikatorzeile hat kein Feld: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="279"/>
        <source>An indicator row has no field t1: {0}</source>
        <translation type="unfinished">Eine Indikatorzeile hat kein Feld t1: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="281"/>
        <source>Indicator {0}: denominator t0 without field t0.</source>
        <translation type="unfinished">Indikator {0}: Nenner t0 ohne Feld t0.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="490"/>
        <source>Could not remove {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SozialplanungPlugin</name>
    <message>
        <location filename="../plugin.py" line="86"/>
        <source>Apply style to active layer…</source>
        <translation>Stil auf aktiven Layer anwenden…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="102"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="171"/>
        <source>Select a vector layer first.</source>
        <translation>Bitte zuerst einen Vektorlayer auswählen.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="174"/>
        <source>Style:</source>
        <translation>Stil:</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="79"/>
        <source>Sozialindex assistant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="93"/>
        <source>Review POI matches…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="94"/>
        <source>KomMonitor: choose and load indicators…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SozialplanungProvider</name>
    <message>
        <location filename="../algorithms/provider.py" line="50"/>
        <source>Sozialplanung (strategic social planning)</source>
        <translation>Sozialplanung (strategische Sozialplanung)</translation>
    </message>
</context>
<context>
    <name>WebexportAlgorithm</name>
    <message>
        <location filename="../algorithms/webexport.py" line="132"/>
        <source>Export Sozialnavigator (web map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/webexport.py" line="136"/>
        <source>Areas with si_klasse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/webexport.py" line="136"/>
        <source>Areas with the combined class si_klasse (output of Classify Dynamik, 11 classes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/webexport.py" line="142"/>
        <source>Area name field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/webexport.py" line="142"/>
        <source>Name of each area, shown in its popup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/webexport.py" line="151"/>
        <source>Institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/webexport.py" line="151"/>
        <source>Points of the social institutions (e.g. the register of Kitas, Familienzentren, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/webexport.py" line="157"/>
        <source>Name field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/webexport.py" line="157"/>
        <source>Name of the institution (searchable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/webexport.py" line="157"/>
        <source>Category field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/webexport.py" line="157"/>
        <source>Category: marker colour and filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/webexport.py" line="157"/>
        <source>Address field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/webexport.py" line="157"/>
        <source>Address shown in the popup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/webexport.py" line="157"/>
        <source>Contact field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/webexport.py" line="157"/>
        <source>Telephone, e-mail or contact person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/webexport.py" line="180"/>
        <source>Page title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/webexport.py" line="180"/>
        <source>Title of the web page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/webexport.py" line="184"/>
        <source>Date of the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/webexport.py" line="184"/>
        <source>Shown as &apos;Datenstand&apos;, e.g. 31.12.2023; empty: the date of the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/webexport.py" line="188"/>
        <source>Basemap URL (XYZ or WMS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/webexport.py" line="188"/>
        <source>Empty (default): no background map, the page loads nothing from other servers. Otherwise an XYZ tile URL with {z}/{x}/{y} or a WMS URL with LAYERS; the visitor&apos;s browser then loads the map images from that server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/webexport.py" line="198"/>
        <source>Basemap attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/webexport.py" line="198"/>
        <source>Source note of the basemap shown on the map, e.g. '© OpenStreetMap-Mitwirkende'.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/webexport.py" line="205"/>
        <source>Simplification tolerance (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/webexport.py" line="205"/>
        <source>Area outlines are simplified by this distance in metres (0: not at all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/webexport.py" line="216"/>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/webexport.py" line="216"/>
        <source>Folder for the website (index.html and its files); put it on any web server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/webexport.py" line="220"/>
        <source>Start page (index.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/webexport.py" line="221"/>
        <source>Number of areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/webexport.py" line="222"/>
        <source>Number of institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/webexport.py" line="233"/>
        <source>Canceled.</source>
        <translation type="unfinished">Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../algorithms/webexport.py" line="241"/>
        <source>The layer of {0} has no coordinate reference system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/webexport.py" line="260"/>
        <source>Area {0}: {1} &apos;{2}&apos; is not one of the 11 classes of {3} (use the Oberhausen scheme in Classify Dynamik).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/webexport.py" line="276"/>
        <source>{0} areas without geometry are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/webexport.py" line="290"/>
        <source>{0} is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/webexport.py" line="310"/>
        <source>{0} institutions without a name are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/webexport.py" line="312"/>
        <source>{0} institutions without geometry are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/webexport.py" line="316"/>
        <source>No institution with name and location in {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/webexport.py" line="324"/>
        <source>Feature {0} cannot be transformed to WGS84: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/webexport.py" line="341"/>
        <source>The map library is missing in {0}: run &apos;make vendor&apos; in the plugin folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/webexport.py" line="347"/>
        <source>{0} exists and was not written by this algorithm: choose an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/webexport.py" line="355"/>
        <source>{0} categories but only {1} distinguishable colours: colours repeat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/webexport.py" line="398"/>
        <source>The website cannot be written to {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/webexport.py" line="399"/>
        <source>Sozialnavigator with {0} areas and {1} institutions in {2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
