"""sozialplanung:report: Sozialbericht with Quartiersprofile as HTML (and PDF)."""

from __future__ import annotations

import datetime
import os

from qgis.core import (
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterString,
    QgsProject,
    QgsSpatialIndex,
)

from ..core import report as core
from ..core.offergap import field_safe
from ..core.values import MethodError
from .base import STYLE_DIR, SozialplanungAlgorithm, is_null
from .maps import label_areas
from .report_layout import PdfMaps, build_pdf, highlight_layer, locator_png, overview_png
from .webexport import style_classes


def palette(qml: str) -> dict[str, str]:
    """Class value and label -> fill colour of a style in styles/ (empty if it cannot be read)."""
    try:
        classes = style_classes(os.path.join(STYLE_DIR, qml))
    except QgsProcessingException:
        return {}
    out = {entry["label"]: entry["fill"] for entry in classes}
    out.update({entry["value"]: entry["fill"] for entry in classes if entry["value"]})
    return out


class ReportAlgorithm(SozialplanungAlgorithm):
    """A self-contained HTML report (and PDF) from a Sozialindex result layer."""

    ALG_ID = "report"
    GROUP_ID = "berichte"

    NAME_FIELD = "NAME_FIELD"
    INDICATORS = "INDICATORS"
    INDICATORS_DYNAMIK = "INDICATORS_DYNAMIK"
    INSTITUTIONS = "INSTITUTIONS"
    INSTITUTION_NAME_FIELD = "INSTITUTION_NAME_FIELD"
    INSTITUTION_CATEGORY_FIELD = "INSTITUTION_CATEGORY_FIELD"
    TITLE = "TITLE"
    DATA_DATE = "DATA_DATE"
    OUTPUT_HTML = "OUTPUT_HTML"
    OUTPUT_PDF = "OUTPUT_PDF"

    def displayName(self) -> str:  # noqa: N802
        """Translated display name."""
        return self.tr("Social report / quarter profiles (Sozialbericht)")

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        """Parameters as in SPEC.md (plus the optional indicator matrices and title)."""
        self.add(
            QgsProcessingParameterFeatureSource(
                self.INPUT, self.tr("Result layer"), [QgsProcessing.SourceType.TypeVectorPolygon]
            ),
            self.tr("Areas with the fields si_* and dyn_* (optionally og_* and rb_*)."),
        )
        self.add(
            QgsProcessingParameterField(
                self.NAME_FIELD, self.tr("Name field"), parentLayerParameterName=self.INPUT
            ),
            self.tr("Name of each area, shown in the table and the profiles."),
        )
        self.add(
            QgsProcessingParameterMatrix(
                self.INDICATORS,
                self.tr("Indicators (status)"),
                headers=["Feld", "Nenner", "Richtung", "Gewicht"],
                optional=True,
            ),
            self.tr(
                "The INDICATORS matrix of the social index: the shares (field / denominator) and "
                "the city values shown in the profiles. Empty: only the z-values."
            ),
        )
        self.add(
            QgsProcessingParameterMatrix(
                self.INDICATORS_DYNAMIK,
                self.tr("Indicators (Dynamik)"),
                headers=["Feld t0", "Nenner t0", "Feld t1", "Nenner t1", "Richtung", "Gewicht"],
                optional=True,
            ),
            self.tr("The INDICATORS matrix of Dynamik: the change of each share in percentage points."),
        )
        self.add(
            QgsProcessingParameterFeatureSource(
                self.INSTITUTIONS,
                self.tr("Institutions"),
                [QgsProcessing.SourceType.TypeVectorPoint],
                optional=True,
            ),
            self.tr("Points of institutions; each profile lists those inside the area."),
        )
        for name, label, help_text in (
            (
                self.INSTITUTION_NAME_FIELD,
                self.tr("Institution name field"),
                self.tr("Name of an institution."),
            ),
            (
                self.INSTITUTION_CATEGORY_FIELD,
                self.tr("Institution category field"),
                self.tr("Category of an institution (also names the offer categories of og_* fields)."),
            ),
        ):
            self.add(
                QgsProcessingParameterField(
                    name, label, parentLayerParameterName=self.INSTITUTIONS, optional=True
                ),
                help_text,
            )
        self.add(
            QgsProcessingParameterString(self.TITLE, self.tr("Title"), "Sozialbericht"),
            self.tr("Title of the report."),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterString(self.DATA_DATE, self.tr("Data date"), "", optional=True),
            self.tr(
                "Date of the data (e.g. 31.12.2023), shown in the footer of maps and pages. "
                "Empty: the year of the indicator fields."
            ),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterFileDestination(self.OUTPUT_HTML, self.tr("HTML report"), "HTML (*.html)"),
            self.tr("One self-contained HTML file (maps embedded, no internet access needed)."),
        )
        self.add(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_PDF, self.tr("PDF report"), "PDF (*.pdf)", optional=True, createByDefault=False
            ),
            self.tr("Optional PDF of the same report (QGIS print layout, A4)."),
        )
        self.add_number_format_parameter()

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        """Validate and read, render the maps, write HTML and PDF."""
        source, fids, report = self.read_report(parameters, context, feedback)
        html_path, html_target = self.file_output(parameters, self.OUTPUT_HTML, context)
        pdf_path, pdf_target = self.file_output(parameters, self.OUTPUT_PDF, context)
        profiles = report.profiles()
        feedback.pushInfo(
            self.tr("{0} areas, {1} rated, {2} profiles (si_aufmerksam = 1).").format(
                len(report.units), report.n_rated(), len(profiles)
            )
        )
        geometries = self.geometries(source, [fids[i] for i in profiles])
        institutions = self.institution_source(parameters, context)
        if institutions is not None:
            areas = {i: geometries[fids[i]] for i in profiles}
            report.institutions, report.categories = self.institutions_in(
                institutions, areas, source.sourceCrs(), parameters, context, feedback
            )
        feedback.setProgress(30)

        project = QgsProject()  # private: processAlgorithm runs in a worker thread
        maps = self.styled_layers(source, report, feedback)
        project.setCrs(maps.base.crs())
        overview = overview_png(maps.overview, project, report.footer())
        locators = {}
        for n, i in enumerate(profiles):
            if feedback.isCanceled():
                raise self.fail(self.tr("Canceled."))
            maps.highlights[i] = highlight_layer(maps.base, geometries[fids[i]], report.name(i))
            locators[i] = locator_png(maps.base, maps.highlights[i], maps.base.extent(), project)
            feedback.setProgress(30 + 40 * (n + 1) / max(len(profiles), 1))
        if overview is None or any(png is None for png in locators.values()):
            feedback.pushWarning(self.tr("A map could not be rendered; the report shows no image there."))
        results = {self.OUTPUT_HTML: html_target, self.OUTPUT_PDF: None}
        if pdf_path:  # both files are written under temporary names and moved in place together
            feedback.pushInfo(self.tr("Writing the PDF …"))
            if not build_pdf(report, maps, project, pdf_path, feedback):
                if feedback.isCanceled():
                    raise self.fail(self.tr("Canceled."))
                raise self.fail(self.tr("The PDF could not be written: {0}"), pdf_target)
            results[self.OUTPUT_PDF] = pdf_target
        try:
            with open(html_path, "w", encoding="utf-8") as handle:
                handle.write(core.build_html(report, overview, locators))
        except OSError as err:
            raise self.fail(self.tr("The HTML report could not be written: {0}"), err) from None
        feedback.setProgress(100)
        return results

    def read_report(self, parameters, context, feedback) -> tuple:
        """Source, feature ids and the report data; checks fields and matrices first."""
        source = self.source_or_fail(parameters, self.INPUT, context)
        names = source.fields().names()
        name_field = self.parameterAsString(parameters, self.NAME_FIELD, context)
        self.check_fields(source, [name_field], self.NAME_FIELD)
        self.check_truncated(source, [*core.REQUIRED, *core.TEXT_FIELDS, *core.OPTIONAL_NUMERIC], self.INPUT)
        try:
            core.check_layer(names)
        except MethodError as err:
            raise self.method_error(err) from None
        specs = core.indicator_specs(
            names,
            self.status_indicators(parameters, self.INDICATORS, context),
            self.change_indicator_rows(parameters, self.INDICATORS_DYNAMIK, context),
        )
        numeric, text = core.fields_to_read(names, specs)
        self.check_fields(source, numeric, "INDICATORS/INDICATORS_DYNAMIK")
        self.institution_source(parameters, context)  # fields checked before anything is read
        fids, table = self.read_table(source, name_field, numeric, text, feedback, unique=False)
        report = core.Report(
            title=self.parameterAsString(parameters, self.TITLE, context) or "Sozialbericht",
            units=table,
            name_field=name_field,
            indicators=specs,
            date=datetime.date.today().strftime("%d.%m.%Y"),
            period=core.period(specs),
            data_date=self.parameterAsString(parameters, self.DATA_DATE, context).strip(),
        )
        return source, fids, report

    def styled_layers(self, source, report: core.Report, feedback) -> PdfMaps:
        """The areas in the class style (unlabelled for the locator maps, labelled for the
        overview) and the palettes of the charts, read from the same styles."""
        qml = (
            "sozialindex_12.qml"
            if (report.units["si_klasse"] == "Hoch & Positiv").any()
            else "sozialindex_11.qml"
        )
        layers = []
        for _ in range(2):
            layer = source.materialize(QgsFeatureRequest(), feedback)
            layer.loadNamedStyle(os.path.join(STYLE_DIR, qml))
            layer.setName(self.tr("Sozialindex"))
            layers.append(layer)
        label_areas(layers[1], report.name_field)
        report.palette = palette(qml)
        report.status_palette = palette("status.qml")
        return PdfMaps(layers[0], layers[1], {})

    def institution_source(self, parameters, context):
        """The institutions source (None if not given) with its fields checked."""
        source = self.parameterAsSource(parameters, self.INSTITUTIONS, context)
        if source is None:
            return None
        name = self.parameterAsString(parameters, self.INSTITUTION_NAME_FIELD, context)
        category = self.parameterAsString(parameters, self.INSTITUTION_CATEGORY_FIELD, context)
        if not name:
            raise self.fail(self.tr("INSTITUTIONS needs INSTITUTION_NAME_FIELD."))
        have = source.fields().names()
        for field, param in (
            (name, self.INSTITUTION_NAME_FIELD),
            (category, self.INSTITUTION_CATEGORY_FIELD),
        ):
            if field and field not in have:
                raise self.fail(
                    self.tr("Field '{0}' ({1}) does not exist in the institutions layer."), field, param
                )
        return source

    def geometries(self, source, fids: list[int]) -> dict[int, QgsGeometry]:
        """Geometries of the given features by feature id."""
        request = QgsFeatureRequest().setFilterFids(fids).setNoAttributes()
        flags = QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks
        return {f.id(): QgsGeometry(f.geometry()) for f in source.getFeatures(request, flags)}

    def institutions_in(self, source, areas: dict[int, QgsGeometry], crs, parameters, context, feedback):
        """Institutions inside each area (point in polygon; on the border counts) and category labels."""
        name_field = self.parameterAsString(parameters, self.INSTITUTION_NAME_FIELD, context)
        category_field = self.parameterAsString(parameters, self.INSTITUTION_CATEGORY_FIELD, context)
        request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
        points, attributes = QgsSpatialIndex(), {}
        labels: dict[str, str] = {}
        for feature in source.getFeatures(request):
            if feedback.isCanceled():
                raise self.fail(self.tr("Canceled."))
            if not feature.hasGeometry():
                continue
            name = "" if is_null(feature[name_field]) else str(feature[name_field])
            category = (
                "" if not category_field or is_null(feature[category_field]) else str(feature[category_field])
            )
            if category:
                labels.setdefault(field_safe(category), category)
            attributes[feature.id()] = (name or "(ohne Name)", category, QgsGeometry(feature.geometry()))
            points.addFeature(feature)
        inside: dict[int, list[tuple[str, str]]] = {}
        for unit, geometry in areas.items():
            engine = QgsGeometry.createGeometryEngine(geometry.constGet())
            engine.prepareGeometry()
            hits = points.intersects(geometry.boundingBox())
            inside[unit] = [attributes[h][:2] for h in hits if engine.intersects(attributes[h][2].constGet())]
        return inside, labels
