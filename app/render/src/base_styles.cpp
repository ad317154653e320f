#include "seatplan/render/base_styles.h"

#include <QHash>

#include <array>
#include <string>

namespace seatplan::render {

namespace {

    struct NamedColor {
        const char* name; ///< UTF-8 class name as stored in landuse.class
        QRgb color;
    };

    // Hues of the national land-use classification maps, lightened for a base map.
    constexpr std::array kLanduse {
        NamedColor { "耕地", 0xfff5e6a8 },
        NamedColor { "永久基本农田", 0xffe8d67a },
        NamedColor { "园地", 0xffd9e8a0 },
        NamedColor { "林地", 0xffb5d6a3 },
        NamedColor { "草地", 0xffd3e8b8 },
        NamedColor { "生态保护红线", 0xff9cc99a },
        NamedColor { "水域", 0xffaed3ef },
        NamedColor { "陆地水域", 0xffaed3ef },
        NamedColor { "洪涝风险区", 0xff9ec5e3 },
        NamedColor { "居住用地", 0xfff6c6a0 },
        NamedColor { "城镇住宅用地", 0xfff6c6a0 },
        NamedColor { "农村宅基地", 0xfff1d7bd },
        NamedColor { "教育用地", 0xfff0b4d2 },
        NamedColor { "公共管理与公共服务用地", 0xffeec1d9 },
        NamedColor { "商业服务业用地", 0xfff3a59b },
        NamedColor { "工矿用地", 0xffd2b9a6 },
        NamedColor { "工业用地", 0xffd2b9a6 },
        NamedColor { "交通运输用地", 0xffd6d6d6 },
        NamedColor { "绿地与开敞空间用地", 0xffc4e3b0 },
        NamedColor { "其他土地", 0xffe6e1d8 },
    };

    // School names appear from about 1:150,000 on a 96 dpi screen (40 m per pixel).
    constexpr double kSchoolLabelMaxUpp = 40.0;

    // A qualitative palette for classes without a known colour (ColorBrewer Set3, lightened).
    constexpr std::array<QRgb, 10> kQualitative { 0xfffbe8a6, 0xffc6e2b4, 0xffb8d8ea, 0xfff7c8a8,
        0xffe3cde4, 0xffd8d8d8, 0xfff4cfe0, 0xffd9ecc2, 0xfffdf3b3, 0xffcfe0d6 };

} // namespace

QColor landuseColor(const QString& landClass)
{
    static const QHash<QString, QRgb> named = [] {
        QHash<QString, QRgb> h;
        for (const NamedColor& c : kLanduse)
            h.insert(QString::fromUtf8(c.name), c.color);
        return h;
    }();
    const auto it = named.constFind(landClass);
    if (it != named.cend())
        return QColor::fromRgba(*it);
    return QColor::fromRgba(kQualitative[qHash(landClass) % kQualitative.size()]);
}

void categoriseByLanduse(const gis::VectorLayer& layer, const std::string& field, LayerStyle& style)
{
    const int index = layer.fieldIndex(field);
    if (index < 0)
        return;
    QHash<QString, QRgb> memo; // few classes, many parcels
    style.featureFill.resize(layer.features.size());
    for (std::size_t i = 0; i < layer.features.size(); ++i) {
        const QString text = QString::fromStdString(
            gis::toText(layer.features[i].values[static_cast<std::size_t>(index)]));
        auto it = memo.find(text);
        if (it == memo.end())
            it = memo.insert(text, landuseColor(text).rgba());
        style.featureFill[i] = *it;
    }
}

Qt::BrushStyle plotStatusBrush(const QString& status)
{
    if (status == QLatin1String("built"))
        return Qt::SolidPattern;
    if (status == QLatin1String("acquired"))
        return Qt::DiagCrossPattern;
    return Qt::BDiagPattern;
}

LayerStyle defaultStyle(const gis::VectorLayer& layer)
{
    LayerStyle s;
    const std::string& name = layer.name;
    if (name == "landuse") {
        s.strokeWidth = 0.3;
        s.stroke = QColor(0xb0, 0xa8, 0x98);
        const char* field = layer.fieldIndex("class") >= 0 ? "class" : "lu_class";
        categoriseByLanduse(layer, field, s);
    } else if (name == "counties") {
        s.fill = Qt::transparent;
        s.stroke = QColor(0x4d, 0x4d, 0x4d);
        s.strokeWidth = 2.2;
        s.labelField = QStringLiteral("name");
        s.labelPointSize = 12;
        s.labelPriority = 3;
    } else if (name == "towns") {
        s.fill = Qt::transparent;
        s.stroke = QColor(0x73, 0x73, 0x73);
        s.strokeWidth = 1.0;
        s.labelField = QStringLiteral("name");
        s.labelPointSize = 9;
        s.labelPriority = 1;
    } else if (name == "zones") {
        s.fill = Qt::transparent;
        s.stroke = QColor(0xa0, 0xa0, 0xa0);
        s.strokeWidth = 0.4;
    } else if (name == "catchments") {
        s.fill = Qt::transparent;
        s.stroke = QColor(0x31, 0x82, 0xbd);
        s.strokeWidth = 1.0;
    } else if (name == "plots") {
        s.fill = QColor(0x8e, 0x44, 0xad);
        s.stroke = QColor(0x6c, 0x34, 0x83);
        s.strokeWidth = 1.2;
        const int status = layer.fieldIndex("status");
        if (status >= 0) {
            s.featureBrush.resize(layer.features.size());
            for (std::size_t i = 0; i < layer.features.size(); ++i)
                s.featureBrush[i]
                    = static_cast<std::uint8_t>(plotStatusBrush(QString::fromStdString(
                        gis::toText(layer.features[i].values[static_cast<std::size_t>(status)]))));
        }
    } else if (name == "developments") {
        s.fill = QColor(0xfd, 0xae, 0x6b, 150);
        s.stroke = QColor(0xe6, 0x55, 0x0d);
        s.strokeWidth = 1.0;
        s.brush = Qt::Dense4Pattern;
    } else if (name == "roads") {
        s.stroke = QColor(0x99, 0x99, 0x99);
        s.strokeWidth = 1.0;
        const int kind = layer.fieldIndex("kind");
        if (kind >= 0) {
            s.featureFill.resize(layer.features.size());
            s.featureSize.resize(layer.features.size());
            for (std::size_t i = 0; i < layer.features.size(); ++i) {
                const std::string k
                    = gis::toText(layer.features[i].values[static_cast<std::size_t>(kind)]);
                QRgb c = 0xffb0b0b0;
                float w = 0.8F;
                if (k == "expressway") {
                    c = 0xffe8965a;
                    w = 2.4F;
                } else if (k == "railway") {
                    c = 0xff6b6b6b;
                    w = 1.6F;
                } else if (k == "arterial") {
                    c = 0xfff2c66d;
                    w = 1.6F;
                }
                s.featureFill[i] = c;
                s.featureSize[i] = w;
            }
        }
    } else if (name == "schools") {
        s.fill = QColor(0x31, 0x82, 0xbd);
        s.stroke = QColor(0xff, 0xff, 0xff);
        s.strokeWidth = 1.0;
        s.pointSize = 8;
        s.labelField = QStringLiteral("name");
        s.labelPointSize = 8;
        s.labelPriority = 2;
        s.labelMaxMapUnitsPerPixel = kSchoolLabelMaxUpp;
    } else if (layer.kind == gis::GeometryKind::Point) {
        s.fill = QColor(0x41, 0xab, 0x5d);
        s.pointSize = 5;
        s.strokeWidth = 0.5;
    } else if (layer.kind == gis::GeometryKind::Line) {
        s.stroke = QColor(0x52, 0x52, 0x52);
        s.strokeWidth = 0.8;
    }
    return s;
}

} // namespace seatplan::render
