"""sozialplanung:kommonitor: load indicators or a georesource from a KomMonitor server."""

from __future__ import annotations

from typing import Any, Optional

from qgis.core import (
    QgsApplication,
    QgsBlockingNetworkRequest,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsNetworkAccessManager,
    QgsProcessingParameterAuthConfig,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QUrl
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from ..core import kommonitor as core
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.values import MethodError
from .base import SozialplanungAlgorithm
from .compat import make_field

RESOURCES = ("indicators", "georesource")
WKB_TYPES = {
    ("point", False): QgsWkbTypes.Type.Point,
    ("point", True): QgsWkbTypes.Type.MultiPoint,
    ("line", False): QgsWkbTypes.Type.MultiLineString,
    ("line", True): QgsWkbTypes.Type.MultiLineString,
    ("polygon", False): QgsWkbTypes.Type.MultiPolygon,
    ("polygon", True): QgsWkbTypes.Type.MultiPolygon,
}


#: Errors of a reply aborted by the transfer timeout (Qt 5: canceled; Qt 6 may say timeout).
ABORTED = (QNetworkReply.NetworkError.OperationCanceledError, QNetworkReply.NetworkError.TimeoutError)


def method_message(error: MethodError) -> str:
    """The translated text of a core error (for dialogs)."""
    return QCoreApplication.translate("MethodError", error.template).format(*error.args_)


class KomMonitorClient:
    """GET requests to the data-management API through QGIS's network manager.

    Proxy, SSL and authentication settings of QGIS apply; ``authcfg`` is a QGIS
    authentication configuration id whose method adds the token to each request.
    Errors are raised as core ``MethodError`` with the URL and HTTP status.
    """

    def __init__(
        self, base_url: str, public: bool, authcfg: str = "", timeout: float = 60.0, feedback=None
    ) -> None:
        self.base_url = base_url
        self.public = public
        self.authcfg = "" if public else (authcfg or "")
        self.timeout = timeout
        self.feedback = feedback
        core.endpoint(base_url, public)  # validates the address early
        if self.authcfg and self.authcfg not in QgsApplication.authManager().configIds():
            raise MethodError(
                QT_TRANSLATE_NOOP(
                    "MethodError", "Authentication configuration '{0}' does not exist in this QGIS profile."
                ),
                self.authcfg,
            )

    def get_json(self, *segments: str) -> tuple[Any, str]:
        """Decoded JSON of ``<base>[/public]/<segments>`` and the URL."""
        url = core.endpoint(self.base_url, self.public, *segments)
        request = QNetworkRequest(QUrl(url))
        request.setRawHeader(b"Accept", b"application/json")
        request.setTransferTimeout(int(self.timeout * 1000))
        blocking = QgsBlockingNetworkRequest()
        if self.authcfg:
            blocking.setAuthCfg(self.authcfg)
        code = blocking.get(request, True, self.feedback)
        reply = blocking.reply()
        if self.feedback is not None and self.feedback.isCanceled():
            raise MethodError(QT_TRANSLATE_NOOP("MethodError", "Canceled."))
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        if code == QgsBlockingNetworkRequest.ErrorCode.TimeoutError:
            raise core.timeout_error(url, QgsNetworkAccessManager.timeout() / 1000.0)
        if status is None and reply.error() in ABORTED:
            raise core.timeout_error(url, self.timeout)  # the transfer timeout aborted the reply
        if status is not None and int(status) >= 400:
            body = bytes(reply.content())[:200].decode("utf-8", "replace").strip()
            raise core.http_error(url, int(status), body)
        if (
            code != QgsBlockingNetworkRequest.ErrorCode.NoError
            or reply.error() != QNetworkReply.NetworkError.NoError
        ):
            raise core.http_error(url, None, blocking.errorMessage() or reply.errorString())
        return core.parse_json(bytes(reply.content()), url), url

    # the lists for browsing (also used by the dialog)
    def spatial_units(self) -> list[dict]:
        """SpatialUnitOverviewType records."""
        return core.expect_list(*self.get_json("spatial-units"))

    def indicators(self) -> list[dict]:
        """IndicatorOverviewType records."""
        return core.expect_list(*self.get_json("indicators"))

    def georesources(self) -> list[dict]:
        """GeoresourceOverviewType records."""
        return core.expect_list(*self.get_json("georesources"))

    def indicator(self, indicator_id: str) -> dict:
        """One IndicatorOverviewType."""
        value, url = self.get_json("indicators", indicator_id)
        return core.expect_object(value, url, "indicatorId")

    def features(self, *segments: str) -> tuple[list[dict], str]:
        """Features and CRS of a GeoJSON answer."""
        value, url = self.get_json(*segments)
        return core.feature_collection(value, url), core.geojson_crs(value)


class KomMonitorAlgorithm(SozialplanungAlgorithm):
    """Read KomMonitor indicators (joined on ID) or a georesource into a layer."""

    ALG_ID = "kommonitor"

    BASE_URL = "BASE_URL"
    PUBLIC = "PUBLIC"
    AUTH_CONFIG = "AUTH_CONFIG"
    TIMEOUT = "TIMEOUT"
    RESOURCE = "RESOURCE"
    SPATIAL_UNIT_ID = "SPATIAL_UNIT_ID"
    INDICATOR_IDS = "INDICATOR_IDS"
    COLUMN_PREFIXES = "COLUMN_PREFIXES"
    DATES = "DATES"
    GEORESOURCE_ID = "GEORESOURCE_ID"
    TARGET_CRS = "TARGET_CRS"
    OUTPUT = "OUTPUT"

    def displayName(self) -> str:  # noqa: N802
        """Translated display name."""
        return self.tr("Load indicators from KomMonitor")

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        """Parameters as in SPEC.md (plus the optional TARGET_CRS)."""
        self.add(
            QgsProcessingParameterString(self.BASE_URL, self.tr("KomMonitor data-management URL")),
            self.tr(
                "Address of the data-management API with its prefix, e.g. https://monitor.example.de/management"
            ),
        )
        self.add(
            QgsProcessingParameterBoolean(self.PUBLIC, self.tr("Public data only (no login)"), False),
            self.tr("Use the /public/... endpoints that need no login; AUTH_CONFIG is then not used."),
        )
        self.add(
            QgsProcessingParameterAuthConfig(self.AUTH_CONFIG, self.tr("Authentication"), optional=True),
            self.tr(
                "QGIS authentication configuration that sends the bearer token (Keycloak realm "
                "kommonitor), e.g. method OAuth2 with grant flow Resource Owner."
            ),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.TIMEOUT,
                self.tr("Timeout (seconds)"),
                QgsProcessingParameterNumber.Type.Integer,
                60,
                minValue=1,
                maxValue=3600,
            ),
            self.tr("Longest wait for each answer of the server."),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterEnum(
                self.RESOURCE,
                self.tr("Load"),
                [self.tr("Indicators for a spatial unit"), self.tr("Georesource (e.g. institutions)")],
                defaultValue=0,
            ),
            self.tr("Indicators (joined on ID) for SPATIAL_UNIT_ID, or the features of GEORESOURCE_ID."),
        )
        self.add(
            QgsProcessingParameterString(self.SPATIAL_UNIT_ID, self.tr("Spatial unit id"), optional=True),
            self.tr("spatialUnitId (or the name of the level, e.g. Stadtteile) of the spatial unit."),
        )
        self.add(
            QgsProcessingParameterString(self.INDICATOR_IDS, self.tr("Indicator ids"), optional=True),
            self.tr("Comma-separated indicatorIds; several indicators are joined on ID into one layer."),
        )
        self.add(
            QgsProcessingParameterString(self.COLUMN_PREFIXES, self.tr("Column prefixes"), optional=True),
            self.tr(
                "Comma-separated, one per indicator: DATE_2021-12-31 becomes <prefix>_2021 (two dates "
                "in one year: <prefix>_2021_12_31). Empty: ind1, ind2, ..."
            ),
        )
        self.add(
            QgsProcessingParameterString(self.DATES, self.tr("Dates"), optional=True),
            self.tr(
                "Comma-separated years (2021) or dates (2021-12-31) to keep; empty keeps all. For a "
                "georesource one date: the features valid on it."
            ),
        )
        self.add(
            QgsProcessingParameterString(self.GEORESOURCE_ID, self.tr("Georesource id"), optional=True),
            self.tr("georesourceId of the georesource to load."),
        )
        self.add(
            QgsProcessingParameterCrs(self.TARGET_CRS, self.tr("Target CRS"), optional=True),
            self.tr("Reproject the features (e.g. to EPSG:25832); empty keeps the server's CRS (EPSG:4326)."),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("KomMonitor")),
            self.tr("Features with ID, NAME and the value columns (or the georesource's properties)."),
        )

    def prepare(self, parameters, context, feedback) -> core.Download:
        """Fetch every indicator or the georesource (nothing is written before all arrived)."""
        resource = RESOURCES[self.parameterAsEnum(parameters, self.RESOURCE, context)]
        public = self.parameterAsBool(parameters, self.PUBLIC, context)
        authcfg = self.parameterAsString(parameters, self.AUTH_CONFIG, context)
        if public and authcfg:
            feedback.pushInfo(self.tr("PUBLIC is set: the authentication configuration is not used."))
        dates = core.parse_dates(self.parameterAsString(parameters, self.DATES, context))
        client = KomMonitorClient(
            self.parameterAsString(parameters, self.BASE_URL, context),
            public,
            authcfg,
            self.parameterAsInt(parameters, self.TIMEOUT, context),
            feedback,
        )
        if resource == "indicators":
            return self.load_indicators(client, parameters, context, dates, feedback)
        georesource_id = self.required(parameters, self.GEORESOURCE_ID, context)
        features, crs = client.features("georesources", georesource_id, "allFeatures")
        feedback.setProgress(80)
        return core.Download(dates, crs, georesource=(georesource_id, features))

    def compute(self, inputs: core.Download, feedback) -> core.Rows:
        """The joined indicator columns or the georesource's records as typed rows."""
        if inputs.indicators:
            return core.indicator_rows(inputs)
        return core.georesource_rows(inputs)

    def write(self, result: core.Rows, inputs: core.Download, parameters, context, feedback) -> dict:
        """The features with ID, NAME and the value columns (or properties)."""
        for template, args in result.notes:
            feedback.pushWarning(QCoreApplication.translate("MethodError", template).format(*args))
        fields = QgsFields()
        for name, kind in result.fields:
            fields.append(make_field(name, kind))
        wkb, geometries = self.geometries(result.rows, inputs.crs, parameters, context)
        target = self.parameterAsCrs(parameters, self.TARGET_CRS, context)
        out_crs = target if target.isValid() else QgsCoordinateReferenceSystem(inputs.crs)
        sink, dest = self.create_sink(parameters, self.OUTPUT, context, fields, None, wkb, out_crs)
        features = []
        for (attributes, _), geometry in zip(result.rows, geometries):
            feature = QgsFeature(fields)
            if geometry is not None:
                feature.setGeometry(geometry)
            feature.setAttributes(attributes)
            features.append(feature)
        self.add_features(sink, features)
        feedback.pushInfo(
            self.tr("{0} features with {1} fields written.").format(len(features), fields.count())
        )
        return {self.OUTPUT: dest}

    def required(self, parameters, name: str, context) -> str:
        """A string parameter that this resource needs."""
        value = (self.parameterAsString(parameters, name, context) or "").strip()
        if not value:
            raise MethodError(QT_TRANSLATE_NOOP("MethodError", "{0} is needed for this resource."), name)
        return value

    def load_indicators(
        self, client: KomMonitorClient, parameters, context, dates, feedback
    ) -> core.Download:
        """Metadata and GeoJSON of every indicator (all in one CRS)."""
        unit = self.required(parameters, self.SPATIAL_UNIT_ID, context)
        ids = core.split_list(self.required(parameters, self.INDICATOR_IDS, context))
        prefixes = core.prefixes_for(ids, self.parameterAsString(parameters, self.COLUMN_PREFIXES, context))
        indicators, crs_seen = [], set()
        for i, (indicator_id, prefix) in enumerate(zip(ids, prefixes)):
            meta = client.indicator(indicator_id)
            label = str(meta.get("indicatorName") or indicator_id)
            unit_id = core.applicable_unit(meta, unit)
            feedback.pushInfo(self.tr("Indicator '{0}' ({1}) → {2}_*").format(label, indicator_id, prefix))
            features, crs = client.features("indicators", indicator_id, unit_id)
            crs_seen.add(crs)
            indicators.append(core.Indicator(label, features, prefix))
            feedback.setProgress(80 * (i + 1) / len(ids))
        if len(crs_seen) > 1:
            raise MethodError(
                QT_TRANSLATE_NOOP("MethodError", "The indicators come in different CRS: {0}"),
                ", ".join(sorted(crs_seen)),
            )
        return core.Download(dates, crs_seen.pop(), indicators=indicators)

    def geometries(self, rows, crs: str, parameters, context) -> tuple[Any, list[Optional[QgsGeometry]]]:
        """QgsGeometries (multi where the layer type is multi, reprojected to TARGET_CRS) and the WKB type."""
        family, multi = core.geometry_family([geometry for _, geometry in rows])
        wkb = WKB_TYPES.get((family, multi), QgsWkbTypes.Type.NoGeometry)
        target = self.parameterAsCrs(parameters, self.TARGET_CRS, context)
        transform = None
        if target.isValid() and target != QgsCoordinateReferenceSystem(crs):
            transform = QgsCoordinateTransform(
                QgsCoordinateReferenceSystem(crs), target, context.transformContext()
            )
        result: list[Optional[QgsGeometry]] = []
        for attributes, geojson in rows:
            wkt = core.geometry_wkt(geojson)
            if wkt is None:
                result.append(None)
                continue
            geometry = QgsGeometry.fromWkt(wkt)
            if geometry.isNull():
                raise MethodError(
                    QT_TRANSLATE_NOOP("MethodError", "The geometry of ID {0} cannot be read."), attributes[0]
                )
            if QgsWkbTypes.isMultiType(wkb):
                geometry.convertToMultiType()
            if transform is not None:
                try:
                    geometry.transform(transform)
                except QgsCsException:
                    raise MethodError(
                        QT_TRANSLATE_NOOP("MethodError", "The geometry of ID {0} cannot be reprojected."),
                        attributes[0],
                    ) from None
            result.append(geometry)
        return wkb, result
