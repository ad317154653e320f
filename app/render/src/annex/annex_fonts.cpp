#include "seatplan/render/annex/annex_fonts.h"

#include <QFile>
#include <QFontDatabase>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <vector>

namespace seatplan::render {

namespace {

    // Code points whose glyphs duplicate ideographs and sort before them in Qt's reverse map:
    // CJK Radicals Supplement and Kangxi Radicals, and Kanbun marks.
    constexpr std::array<std::pair<char32_t, char32_t>, 2> kDroppedRanges { {
        { 0x2E80, 0x2FDF },
        { 0x3190, 0x319F },
    } };

    quint16 u16(const QByteArray& data, qsizetype at)
    {
        if (at < 0 || at + 2 > data.size())
            return 0;
        return qFromBigEndian<quint16>(data.constData() + at);
    }
    quint32 u32(const QByteArray& data, qsizetype at)
    {
        if (at < 0 || at + 4 > data.size())
            return 0;
        return qFromBigEndian<quint32>(data.constData() + at);
    }
    void put16(QByteArray& out, quint16 value)
    {
        const char bytes[2] = { char(value >> 8), char(value) };
        out.append(bytes, 2);
    }
    void put32(QByteArray& out, quint32 value)
    {
        const char bytes[4]
            = { char(value >> 24), char(value >> 16), char(value >> 8), char(value) };
        out.append(bytes, 4);
    }

    struct TableRecord {
        quint32 tag = 0;
        quint32 offset = 0;
        quint32 length = 0;
    };

    constexpr quint32 tag(const char (&name)[5])
    {
        return quint32(quint8(name[0])) << 24 | quint32(quint8(name[1])) << 16
            | quint32(quint8(name[2])) << 8 | quint32(quint8(name[3]));
    }

    std::vector<TableRecord> tableDirectory(const QByteArray& file, quint32 fontOffset)
    {
        std::vector<TableRecord> tables;
        const int count = u16(file, fontOffset + 4);
        for (int i = 0; i < count; ++i) {
            const qsizetype at = fontOffset + 12 + 16 * i;
            tables.push_back({ u32(file, at), u32(file, at + 8), u32(file, at + 12) });
        }
        return tables;
    }

    const TableRecord* findTable(const std::vector<TableRecord>& tables, quint32 wanted)
    {
        for (const auto& table : tables)
            if (table.tag == wanted)
                return &table;
        return nullptr;
    }

    // Returns the English (Windows, UTF-16) name with `nameId` of the font, or "".
    QString fontName(const QByteArray& file, const TableRecord& name, int nameId)
    {
        const qsizetype base = name.offset;
        const int count = u16(file, base + 2);
        const qsizetype strings = base + u16(file, base + 4);
        for (int i = 0; i < count; ++i) {
            const qsizetype record = base + 6 + 12 * i;
            if (u16(file, record) != 3 || u16(file, record + 6) != nameId
                || u16(file, record + 4) != 0x409)
                continue;
            const int length = u16(file, record + 8);
            const qsizetype at = strings + u16(file, record + 10);
            QString text;
            for (int k = 0; k + 1 < length; k += 2)
                text.append(QChar(u16(file, at + k)));
            return text;
        }
        return {};
    }

    struct Group {
        quint32 first = 0;
        quint32 last = 0;
        quint32 glyph = 0;
    };

    // Reads the format-12 Unicode subtable and drops the duplicate-radical code points.
    std::vector<Group> cleanedGroups(const QByteArray& file, const TableRecord& cmap)
    {
        const qsizetype base = cmap.offset;
        const int count = u16(file, base + 2);
        std::vector<Group> groups;
        for (int i = 0; i < count && groups.empty(); ++i) {
            const qsizetype sub = base + u32(file, base + 4 + 8 * i + 4);
            if (u16(file, sub) != 12)
                continue;
            const quint32 groupCount = u32(file, sub + 12);
            for (quint32 g = 0; g < groupCount; ++g) {
                const qsizetype at = sub + 16 + 12 * g;
                groups.push_back({ u32(file, at), u32(file, at + 4), u32(file, at + 8) });
            }
        }
        for (const auto& [low, high] : kDroppedRanges) {
            std::vector<Group> kept;
            for (const Group& group : groups) {
                if (group.last < low || group.first > high) {
                    kept.push_back(group);
                    continue;
                }
                if (group.first < low)
                    kept.push_back({ group.first, low - 1, group.glyph });
                if (group.last > high)
                    kept.push_back(
                        { high + 1, group.last, group.glyph + (high + 1 - group.first) });
            }
            groups = std::move(kept);
        }
        return groups;
    }

    QByteArray cmapTable(const std::vector<Group>& groups)
    {
        QByteArray out;
        put16(out, 0); // version
        put16(out, 2); // two encoding records, one subtable
        put16(out, 0);
        put16(out, 4);
        put32(out, 20);
        put16(out, 3);
        put16(out, 10);
        put32(out, 20);
        put16(out, 12);
        put16(out, 0);
        put32(out, quint32(16 + 12 * groups.size()));
        put32(out, 0);
        put32(out, quint32(groups.size()));
        for (const Group& group : groups) {
            put32(out, group.first);
            put32(out, group.last);
            put32(out, group.glyph);
        }
        return out;
    }

    QByteArray nameTable(const QString& family, const QString& style, const QString& postScript)
    {
        const std::vector<std::pair<int, QString>> names { { 1, family }, { 2, style },
            { 4, family + QLatin1Char(' ') + style }, { 6, postScript }, { 16, family },
            { 17, style } };
        QByteArray strings;
        QByteArray out;
        put16(out, 0);
        put16(out, quint16(names.size()));
        put16(out, quint16(6 + 12 * names.size()));
        for (const auto& [id, text] : names) {
            QByteArray utf16;
            for (QChar c : text)
                put16(utf16, c.unicode());
            put16(out, 3);
            put16(out, 1);
            put16(out, 0x409);
            put16(out, quint16(id));
            put16(out, quint16(utf16.size()));
            put16(out, quint16(strings.size()));
            strings += utf16;
        }
        return out + strings;
    }

    // Extracts face `wantedFamily` from the collection `path` as a standalone font with the
    // cleaned character map, renamed to `newFamily`. Returns empty data on any failure.
    QByteArray extractFace(
        const QString& path, const QString& wantedFamily, const QString& newFamily)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QByteArray data = file.readAll();
        std::vector<quint32> offsets;
        if (data.startsWith("ttcf")) {
            const quint32 count = u32(data, 8);
            for (quint32 i = 0; i < count; ++i)
                offsets.push_back(u32(data, 12 + 4 * i));
        } else {
            offsets.push_back(0);
        }
        for (quint32 offset : offsets) {
            const auto tables = tableDirectory(data, offset);
            const TableRecord* name = findTable(tables, tag("name"));
            const TableRecord* cmap = findTable(tables, tag("cmap"));
            if (!name || !cmap || fontName(data, *name, 1) != wantedFamily)
                continue;
            const std::vector<Group> groups = cleanedGroups(data, *cmap);
            if (groups.empty())
                return {};
            QString style = fontName(data, *name, 17);
            if (style.isEmpty())
                style = fontName(data, *name, 2);
            std::vector<std::pair<quint32, QByteArray>> contents;
            for (const auto& table : tables) {
                if (table.tag == tag("cmap"))
                    contents.emplace_back(table.tag, cmapTable(groups));
                else if (table.tag == tag("name"))
                    contents.emplace_back(
                        table.tag, nameTable(newFamily, style, fontName(data, *name, 6)));
                else
                    contents.emplace_back(table.tag, data.mid(table.offset, table.length));
            }
            std::sort(contents.begin(), contents.end(),
                [](const auto& a, const auto& b) { return a.first < b.first; });
            QByteArray out;
            put32(out, u32(data, offset)); // sfnt version ('OTTO' for CFF outlines)
            const auto count = quint16(contents.size());
            quint16 power = 1, log2 = 0;
            while (power * 2 <= count) {
                power *= 2;
                ++log2;
            }
            put16(out, count);
            put16(out, quint16(power * 16));
            put16(out, log2);
            put16(out, quint16(count * 16 - power * 16));
            quint32 at = 12 + 16 * count;
            for (const auto& [tableTag, bytes] : contents) {
                put32(out, tableTag);
                put32(out, 0); // checksum: not checked by FreeType
                put32(out, at);
                put32(out, quint32(bytes.size()));
                at += quint32((bytes.size() + 3) & ~3);
            }
            for (const auto& entry : contents) {
                out += entry.second;
                out.append((4 - entry.second.size() % 4) % 4, '\0');
            }
            return out;
        }
        return {};
    }

    struct Families {
        QString sans;
        QString serif;
    };

    QString loadFamily(const QString& stem, const QString& systemFamily, const QString& ownFamily)
    {
        const QString dir = QStringLiteral("/usr/share/fonts/opentype/noto/");
        bool loaded = false;
        for (const QString& weight : { QStringLiteral("Regular"), QStringLiteral("Bold") }) {
            const QByteArray face
                = extractFace(dir + stem + QLatin1Char('-') + weight + QStringLiteral(".ttc"),
                    systemFamily, ownFamily);
            if (!face.isEmpty() && QFontDatabase::addApplicationFontFromData(face) >= 0)
                loaded = true;
        }
        return loaded ? ownFamily : systemFamily;
    }

    const Families& families()
    {
        static const Families loaded {
            loadFamily(QStringLiteral("NotoSansCJK"), QStringLiteral("Noto Sans CJK SC"),
                QStringLiteral("SeatPlan Sans CJK SC")),
            loadFamily(QStringLiteral("NotoSerifCJK"), QStringLiteral("Noto Serif CJK SC"),
                QStringLiteral("SeatPlan Serif CJK SC")),
        };
        return loaded;
    }

    // Latin letters and digits come from a Times/Arial-metric face, as Chinese official
    // documents set them, and because Qt's PDF text layer loses the digits that Noto CJK
    // shapes inside Latin runs ("C0648" extracts as "C"). CJK falls through to Noto.
    QFont makeFont(const QStringList& latin, const QString& family, double points, bool bold)
    {
        QFont font;
        QStringList families;
        for (const QString& name : latin)
            if (QFontDatabase::hasFamily(name))
                families << name;
        families << family;
        font.setFamilies(families);
        font.setPointSizeF(points);
        font.setBold(bold);
        // Kerning and hinting change glyph positions with the device; keep them stable.
        font.setKerning(false);
        font.setHintingPreference(QFont::PreferNoHinting);
        font.setStyleStrategy(QFont::PreferOutline);
        return font;
    }

    const QStringList& latinSans()
    {
        static const QStringList names { QStringLiteral("Liberation Sans"),
            QStringLiteral("DejaVu Sans") };
        return names;
    }

    const QStringList& latinSerif()
    {
        static const QStringList names { QStringLiteral("Liberation Serif"),
            QStringLiteral("DejaVu Serif") };
        return names;
    }

} // namespace

QFont AnnexFonts::sans(double points, bool bold)
{
    return makeFont(latinSans(), families().sans, points, bold);
}

QFont AnnexFonts::serif(double points, bool bold)
{
    return makeFont(latinSerif(), families().serif, points, bold);
}

QString AnnexFonts::sansFamily()
{
    return families().sans;
}

QString AnnexFonts::serifFamily()
{
    return families().serif;
}

} // namespace seatplan::render
