<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AggregateAlgorithm</name>
    <message>
        <location filename="../algorithms/aggregate.py" line="53"/>
        <source>Aggregate to spatial level</source>
        <translation>Auf Raumebene aggregieren</translation>
    </message>
    <message>
        <location filename="../algorithms/aggregate.py" line="57"/>
        <source>Fine units (e.g. blocks)</source>
        <translation>Feine Raumeinheiten (z. B. Baublöcke)</translation>
    </message>
    <message>
        <location filename="../algorithms/aggregate.py" line="57"/>
        <source>Units with count fields, e.g. statistical blocks.</source>
        <translation>Raumeinheiten mit Zählfeldern, z. B. statistische Baublöcke.</translation>
    </message>
    <message>
        <location filename="../algorithms/aggregate.py" line="63"/>
        <source>Coarse units (e.g. Sozialquartiere)</source>
        <translation>Grobe Raumeinheiten (z. B. Sozialquartiere)</translation>
    </message>
    <message>
        <location filename="../algorithms/aggregate.py" line="63"/>
        <source>Polygons that receive the sums; their fields are kept.</source>
        <translation>Polygone, die die Summen erhalten; ihre Felder bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../algorithms/aggregate.py" line="71"/>
        <source>Assignment</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <location filename="../algorithms/aggregate.py" line="71"/>
        <source>By key field</source>
        <translation>Über Schlüsselfeld</translation>
    </message>
    <message>
        <location filename="../algorithms/aggregate.py" line="71"/>
        <source>Centroid in polygon</source>
        <translation>Schwerpunkt im Polygon</translation>
    </message>
    <message>
        <location filename="../algorithms/aggregate.py" line="71"/>
        <source>Area-weighted overlap</source>
        <translation>Flächengewichtete Überschneidung</translation>
    </message>
    <message>
        <location filename="../algorithms/aggregate.py" line="71"/>
        <source>Key field: fine units carry the key of their coarse unit. Centroid: the point on surface of each fine unit decides. Area-weighted: counts are split by the share of the fine unit&apos;s area inside each coarse unit.</source>
        <translation>Schlüsselfeld: Die feinen Raumeinheiten tragen den Schlüssel ihrer groben Raumeinheit. Schwerpunkt: Der Punkt auf der Oberfläche jeder feinen Raumeinheit entscheidet. Flächengewichtet: Die Anzahlen werden nach dem Flächenanteil der feinen Raumeinheit innerhalb jeder groben Raumeinheit aufgeteilt.</translation>
    </message>
    <message>
        <location filename="../algorithms/aggregate.py" line="84"/>
        <source>Key field of the fine units</source>
        <translation>Schlüsselfeld der feinen Raumeinheiten</translation>
    </message>
    <message>
        <location filename="../algorithms/aggregate.py" line="84"/>
        <source>Key field of the coarse units</source>
        <translation>Schlüsselfeld der groben Raumeinheiten</translation>
    </message>
    <message>
        <location filename="../algorithms/aggregate.py" line="88"/>
        <source>Only for assignment by key field.</source>
        <translation>Nur für die Zuordnung über Schlüsselfeld.</translation>
    </message>
    <message>
        <location filename="../algorithms/aggregate.py" line="92"/>
        <source>Count fields to sum</source>
        <translation>Zu summierende Zählfelder</translation>
    </message>
    <message>
        <location filename="../algorithms/aggregate.py" line="92"/>
        <source>Counts (not shares!) to sum; empty: all numeric fields except keys and ids.</source>
        <translation>Zu summierende Anzahlen (keine Anteile!); leer: alle numerischen Felder außer Schlüsseln und IDs.</translation>
    </message>
    <message>
        <location filename="../algorithms/aggregate.py" line="103"/>
        <source>Aggregated</source>
        <translation>Aggregiert</translation>
    </message>
    <message>
        <location filename="../algorithms/aggregate.py" line="103"/>
        <source>Coarse units with the summed counts and n_einheiten.</source>
        <translation>Grobe Raumeinheiten mit den summierten Anzahlen und n_einheiten.</translation>
    </message>
    <message>
        <location filename="../algorithms/aggregate.py" line="129"/>
        <source>Assignment by key field needs INPUT_KEY and TARGET_KEY.</source>
        <translation>Die Zuordnung über Schlüsselfeld benötigt INPUT_KEY und TARGET_KEY.</translation>
    </message>
    <message>
        <location filename="../algorithms/aggregate.py" line="133"/>
        <source>Spatial assignment needs fine units with geometry.</source>
        <translation>Die räumliche Zuordnung benötigt feine Raumeinheiten mit Geometrie.</translation>
    </message>
    <message>
        <location filename="../algorithms/aggregate.py" line="136"/>
        <source>The fine units have no numeric fields to sum.</source>
        <translation>Die feinen Raumeinheiten haben keine numerischen Felder zum Summieren.</translation>
    </message>
    <message>
        <location filename="../algorithms/aggregate.py" line="148"/>
        <source>{0} fine units lie in no coarse unit and are not counted.</source>
        <translation>{0} feine Raumeinheiten liegen in keiner groben Raumeinheit und werden nicht gezählt.</translation>
    </message>
    <message>
        <location filename="../algorithms/aggregate.py" line="153"/>
        <source>Field &apos;{0}&apos;: {1} fine units are NULL and count as 0.</source>
        <translation>Feld &apos;{0}&apos;: {1} feine Raumeinheiten sind NULL und zählen als 0.</translation>
    </message>
    <message>
        <location filename="../algorithms/aggregate.py" line="177"/>
        <source>The key field &apos;{0}&apos; is not unique: &apos;{1}&apos;.</source>
        <translation>Das Schlüsselfeld &apos;{0}&apos; ist nicht eindeutig: &apos;{1}&apos;.</translation>
    </message>
    <message>
        <location filename="../algorithms/aggregate.py" line="206"/>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
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
        <translation>Eine Zeile je Indikator: Feld und Nenner zu t0 und zu t1, Richtung (&apos;+&apos;: höher bedeutet mehr Benachteiligung) und Gewicht. Bei leerem &apos;Feld t0&apos; enthält das Feld t1 bereits die Veränderung in Prozentpunkten.</translation>
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
        <location filename="../algorithms/dynamik.py" line="123"/>
        <source>An indicator row has no field t1: {0}</source>
        <translation>Eine Indikatorzeile hat kein Feld t1: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/dynamik.py" line="125"/>
        <source>Indicator {0}: denominator t0 without field t0.</source>
        <translation>Indikator {0}: Nenner t0 ohne Feld t0.</translation>
    </message>
    <message>
        <location filename="../algorithms/dynamik.py" line="133"/>
        <source>No indicators given for the indicator-change method.</source>
        <translation>Für die Methode Indikatorveränderung sind keine Indikatoren angegeben.</translation>
    </message>
    <message>
        <location filename="../algorithms/dynamik.py" line="147"/>
        <source>STATUS_FIELD is needed for the combined class.</source>
        <translation>Für die kombinierte Klasse wird STATUS_FIELD benötigt.</translation>
    </message>
    <message>
        <location filename="../algorithms/dynamik.py" line="164"/>
        <source>Index difference needs the fields INDEX_T0 and INDEX_T1.</source>
        <translation>Die Indexdifferenz benötigt die Felder INDEX_T0 und INDEX_T1.</translation>
    </message>
    <message>
        <location filename="../algorithms/dynamik.py" line="177"/>
        <source>Scheme Oberhausen: {0} areas Hoch &amp; Positiv are reported as Hoch &amp; Stabil (code 12).</source>
        <translation>Schema Oberhausen: {0} Gebiete Hoch &amp; Positiv werden als Hoch &amp; Stabil ausgewiesen (Code 12).</translation>
    </message>
</context>
<context>
    <name>MethodError</name>
    <message>
        <location filename="../core/sozialindex.py" line="195"/>
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
        <translation>Richtung muss &apos;+&apos; oder &apos;-&apos; sein, nicht &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location filename="../core/sozialindex.py" line="123"/>
        <source>Weight must be a number, not &apos;{0}&apos;.</source>
        <translation>Gewicht muss eine Zahl sein, nicht &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location filename="../core/sozialindex.py" line="127"/>
        <source>Weight must be a number &gt;= 0, not &apos;{0}&apos;.</source>
        <translation>Gewicht muss eine Zahl &gt;= 0 sein, nicht &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location filename="../core/sozialindex.py" line="172"/>
        <source>Fewer than two rated units: nothing to standardise.</source>
        <translation>Weniger als zwei bewertete Raumeinheiten: nichts zu standardisieren.</translation>
    </message>
    <message>
        <location filename="../core/sozialindex.py" line="197"/>
        <source>Indicator {0} is constant over all rated units.</source>
        <translation>Indikator {0} ist über alle bewerteten Raumeinheiten konstant.</translation>
    </message>
    <message>
        <location filename="../core/sozialindex.py" line="223"/>
        <source>At least one indicator needs a weight &gt; 0.</source>
        <translation>Mindestens ein Indikator benötigt ein Gewicht &gt; 0.</translation>
    </message>
    <message>
        <location filename="../core/sozialindex.py" line="225"/>
        <source>Only {0} rated unit(s): at least two are needed.</source>
        <translation>Nur {0} bewertete Raumeinheit(en): Mindestens zwei werden benötigt.</translation>
    </message>
    <message>
        <location filename="../core/sozialindex.py" line="232"/>
        <source>Population weighting needs a population field.</source>
        <translation>Die Gewichtung nach Einwohnerzahl benötigt ein Einwohnerfeld.</translation>
    </message>
    <message>
        <location filename="../core/sozialindex.py" line="267"/>
        <source>CUT_DYNAMIK must be greater than 0, not {0}.</source>
        <translation>CUT_DYNAMIK muss größer als 0 sein, nicht {0}.</translation>
    </message>
    <message>
        <location filename="../core/sozialindex.py" line="383"/>
        <source>No indicators given.</source>
        <translation>Keine Indikatoren angegeben.</translation>
    </message>
    <message>
        <location filename="../core/sozialindex.py" line="341"/>
        <source>An indicator field is given more than once.</source>
        <translation>Ein Indikatorfeld ist mehrfach angegeben.</translation>
    </message>
    <message>
        <location filename="../core/sozialindex.py" line="444"/>
        <source>Unknown scheme: {0}</source>
        <translation>Unbekanntes Schema: {0}</translation>
    </message>
    <message>
        <location filename="../core/sozialindex.py" line="447"/>
        <source>Unknown status class(es): {0}</source>
        <translation>Unbekannte Statusklasse(n): {0}</translation>
    </message>
</context>
<context>
    <name>SozialindexAlgorithm</name>
    <message>
        <location filename="../algorithms/sozialindex.py" line="42"/>
        <source>Compute social index (Sozialindex)</source>
        <translation>Sozialindex berechnen</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="47"/>
        <source>Indicators</source>
        <translation>Indikatoren</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="52"/>
        <source>One row per indicator: field (share, or count when a denominator is given), denominator field (empty for shares), direction (&apos;+&apos;: higher means more disadvantage, &apos;-&apos;: higher is favourable) and weight (default 1).</source>
        <translation>Eine Zeile je Indikator: Feld (Anteil oder Anzahl, wenn ein Nenner angegeben ist), Nennerfeld (leer bei Anteilen), Richtung (&apos;+&apos;: höher bedeutet mehr Benachteiligung, &apos;-&apos;: höher ist günstig) und Gewicht (Standard 1).</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="61"/>
        <source>Social index</source>
        <translation>Sozialindex</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="61"/>
        <source>The input features with the index fields si_*.</source>
        <translation>Die Eingabeobjekte mit den Indexfeldern si_*.</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="69"/>
        <source>Population field</source>
        <translation>Einwohnerfeld</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="69"/>
        <source>Inhabitants per area: areas below the minimum are not rated; also the weights for population weighting.</source>
        <translation>Einwohner je Gebiet: Gebiete unter dem Mindestwert werden nicht bewertet; zugleich die Gewichte für die Gewichtung nach Einwohnerzahl.</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="82"/>
        <source>Minimum population</source>
        <translation>Mindesteinwohnerzahl</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="82"/>
        <source>Areas with fewer inhabitants are not rated and do not enter the standardisation.</source>
        <translation>Gebiete mit weniger Einwohnern werden nicht bewertet und gehen nicht in die Standardisierung ein.</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="92"/>
        <source>Exclusion field</source>
        <translation>Ausschlussfeld</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="92"/>
        <source>Areas where this field is true (1, true, ja) are not rated (manual outliers).</source>
        <translation>Gebiete, in denen dieses Feld wahr ist (1, true, ja), werden nicht bewertet (manuelle Ausreißer).</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="102"/>
        <source>Standardisation</source>
        <translation>Standardisierung</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="102"/>
        <source>z-score</source>
        <translation>z-Wert</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="102"/>
        <source>Robust z (median/MAD)</source>
        <translation>Robuster z-Wert (Median/MAD)</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="102"/>
        <source>Min-max</source>
        <translation>Min-Max</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="102"/>
        <source>Percentile rank</source>
        <translation>Perzentilrang</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="102"/>
        <source>How each share is standardised over the rated areas.</source>
        <translation>Wie jeder Anteil über die bewerteten Gebiete standardisiert wird.</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="117"/>
        <source>Standard deviation with n-1</source>
        <translation>Standardabweichung mit n-1</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="122"/>
        <source>Population-weighted</source>
        <translation>Gewichtung nach Einwohnerzahl</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="127"/>
        <source>Aggregation</source>
        <translation>Aggregation</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="127"/>
        <source>Sum of directed z-values, standardised again</source>
        <translation>Summe der gerichteten z-Werte, erneut standardisiert</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="127"/>
        <source>Weighted mean</source>
        <translation>Gewichteter Mittelwert</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="127"/>
        <source>How the directed z-values are combined into the index.</source>
        <translation>Wie die gerichteten z-Werte zum Index zusammengefasst werden.</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="137"/>
        <source>High index = favourable</source>
        <translation>Hoher Index = günstig</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="142"/>
        <source>Cut Hoch</source>
        <translation>Schwelle Hoch</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="142"/>
        <source>Cut Niedrig</source>
        <translation>Schwelle Niedrig</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="142"/>
        <source>Cut Sehr Niedrig</source>
        <translation>Schwelle Sehr Niedrig</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="147"/>
        <source>Class cut in standard deviations of the favourable-oriented index; a value exactly on a cut belongs to the outer class.</source>
        <translation>Klassenschwelle in Standardabweichungen des Index (hoch = günstig); ein Wert genau auf einer Schwelle gehört zur äußeren Klasse.</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="177"/>
        <source>An indicator row has no field: {0}</source>
        <translation>Eine Indikatorzeile hat kein Feld: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="187"/>
        <source>No indicators given.</source>
        <translation>Keine Indikatoren angegeben.</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="204"/>
        <source>Population weighting needs a population field.</source>
        <translation>Die Gewichtung nach Einwohnerzahl benötigt ein Einwohnerfeld.</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="217"/>
        <source>{0} of {1} areas rated.</source>
        <translation>{0} von {1} Gebieten bewertet.</translation>
    </message>
    <message>
        <location filename="../algorithms/sozialindex.py" line="222"/>
        <source>{0} areas not rated; the reason is in si_hinweis.</source>
        <translation>{0} Gebiete nicht bewertet; der Grund steht in si_hinweis.</translation>
    </message>
</context>
<context>
    <name>SozialplanungAlgorithm</name>
    <message>
        <location filename="../algorithms/base.py" line="140"/>
        <source>Social index</source>
        <translation>Sozialindex</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="141"/>
        <source>Offers and institutions</source>
        <translation>Angebote und Einrichtungen</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="142"/>
        <source>Reports and export</source>
        <translation>Berichte und Export</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="168"/>
        <source>Areas</source>
        <translation>Gebiete</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="168"/>
        <source>Areas (or a table) with the indicator fields.</source>
        <translation>Gebiete (oder eine Tabelle) mit den Indikatorfeldern.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="174"/>
        <source>Id field</source>
        <translation>ID-Feld</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="174"/>
        <source>Unique id of each area; duplicates are an error.</source>
        <translation>Eindeutige Kennung jedes Gebiets; Duplikate sind ein Fehler.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="195"/>
        <source>{0} must have {1} values per row, but has {2} values in all.</source>
        <translation>{0} muss {1} Werte je Zeile haben, hat aber insgesamt {2} Werte.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="212"/>
        <source>The layer of {0} is empty.</source>
        <translation>Der Layer von {0} ist leer.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="220"/>
        <source>Field &apos;{0}&apos; ({1}) does not exist in the input layer.</source>
        <translation>Feld &apos;{0}&apos; ({1}) existiert im Eingabelayer nicht.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="337"/>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="266"/>
        <source>The id field &apos;{0}&apos; is empty (NULL) for some features.</source>
        <translation>Das ID-Feld &apos;{0}&apos; ist bei einigen Objekten leer (NULL).</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="269"/>
        <source>The id field &apos;{0}&apos; is not unique: &apos;{1}&apos; occurs more than once.</source>
        <translation>Das ID-Feld &apos;{0}&apos; ist nicht eindeutig: &apos;{1}&apos; kommt mehrfach vor.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="293"/>
        <source>Field &apos;{0}&apos;: value &apos;{1}&apos; of feature {2} is not a number.</source>
        <translation>Feld &apos;{0}&apos;: Wert &apos;{1}&apos; von Objekt {2} ist keine Zahl.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="310"/>
        <source>Input field &apos;{0}&apos; is replaced by the result.</source>
        <translation>Eingabefeld &apos;{0}&apos; wird durch das Ergebnis ersetzt.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="395"/>
        <source>Style not stored in {0}: {1}</source>
        <translation>Stil nicht in {0} gespeichert: {1}</translation>
    </message>
</context>
<context>
    <name>SozialplanungPlugin</name>
    <message>
        <location filename="../plugin.py" line="69"/>
        <source>Apply style to active layer…</source>
        <translation>Stil auf aktiven Layer anwenden…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="72"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="93"/>
        <source>Select a vector layer first.</source>
        <translation>Bitte zuerst einen Vektorlayer auswählen.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="96"/>
        <source>Style:</source>
        <translation>Stil:</translation>
    </message>
</context>
<context>
    <name>SozialplanungProvider</name>
    <message>
        <location filename="../algorithms/provider.py" line="34"/>
        <source>Sozialplanung (strategic social planning)</source>
        <translation>Sozialplanung (strategische Sozialplanung)</translation>
    </message>
</context>
</TS>
