#include "MarketPackParser.h"

#include "core/CsvReader.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

struct UnitRange
{
    double minimum;
    double maximum;
};

// What each section may hold: the shape of its keys and, per unit, the plausible range of a
// value. The ranges refuse typos (a monthly rate of 6,900万円, an hourly wage of 22円), not
// unusual figures: they are several times wider than anything published.
struct SectionRule
{
    QRegularExpression key;
    QHash<QString, UnitRange> units;
};

const UnitRange manPerMonth{5, 500};
const UnitRange manPerYear{50, 6000};
const UnitRange yenPerHour{300, 50000};
const UnitRange yenPerDay{2000, 400000};

const QHash<QString, SectionRule> &rules()
{
    static const QHash<QString, SectionRule> table{
        {u"freelance-skill"_s,
         {QRegularExpression(u"^[a-z0-9][a-z0-9+#.-]*$"_s),
          {{u"万円/月"_s, manPerMonth}, {u"円/時"_s, yenPerHour}}}},
        {u"freelance-role"_s,
         {QRegularExpression(u"^(pm|pmo|pl|pg|consultant|industry-consulting|infrastructure|"
                             "sre|data|backend|frontend|server-side|all)(\\|[a-z0-9-]+)?$"_s),
          {{u"万円/月"_s, manPerMonth}, {u"万円/年"_s, manPerYear}}}},
        {u"freelance-age"_s,
         {QRegularExpression(u"^[a-z0-9-]+(\\|[a-z0-9-]+)+$"_s), {{u"万円/年"_s, manPerYear}}}},
        {u"wage"_s,
         {QRegularExpression(u"^(sw|sc|ot)\\|(\\d\\d-\\d\\d|total)\\|(all|1000\\+|100-999|10-99)"
                             "\\|(kimatte|shoteinai|bonus|annual|workers)$"_s),
          {{u"千円/月"_s, {50, 3000}},
           {u"千円/年"_s, {0, 30000}},
           {u"万円/年"_s, manPerYear},
           {u"十人"_s, {0, 10'000'000}}}}},
        {u"wage-experience"_s,
         {QRegularExpression(
              u"^(sw|sc|ot)\\|(0|1-4|5-9|10-14|15\\+|total)\\|(kimatte|shoteinai|bonus)$"_s),
          {{u"千円/月"_s, {50, 3000}}, {u"千円/年"_s, {0, 30000}}}}},
        {u"jobtag-age"_s,
         {QRegularExpression(u"^[a-z-]+\\|(20s|30s|40s|50s|60s|all)$"_s),
          {{u"万円/年"_s, manPerYear}}}},
        {u"hourly"_s,
         {QRegularExpression(u"^(dispatch-fee|dispatch-wage|dispatch-advertised|parttime|"
                             "parttime-advertised)\\|[a-z0-9:+|-]+$"_s),
          {{u"円/時"_s, yenPerHour}, {u"円/日"_s, yenPerDay}}}},
        {u"role-pay"_s,
         {QRegularExpression(u"^[a-z0-9-]+\\|[a-z0-9-]+$"_s), {{u"万円/年"_s, manPerYear}}}},
    };
    return table;
}

// The unit a census measure is published in.
QString unitOfMeasure(const QString &measure)
{
    if (measure == u"kimatte"_s || measure == u"shoteinai"_s)
        return u"千円/月"_s;
    if (measure == u"bonus"_s)
        return u"千円/年"_s;
    if (measure == u"annual"_s)
        return u"万円/年"_s;
    return u"十人"_s;
}

const QRegularExpression
    yearPattern(u"^(19|20)\\d\\d(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$"_s);
const QRegularExpression versionPattern(u"^\\d+(\\.\\d+){0,3}$"_s);
const QRegularExpression datePattern(u"^20\\d\\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"_s);

} // namespace

MarketPackParser::MarketPackParser(QSet<QString> skillIds) : m_skillIds(std::move(skillIds))
{
}

QStringList MarketPackParser::columns()
{
    return {u"section"_s,   u"key"_s,    u"value"_s, u"unit"_s, u"count"_s,
            u"publisher"_s, u"survey"_s, u"year"_s,  u"url"_s,  u"note"_s};
}

QString MarketPackParser::describe(const QString &fileName, const QList<MarketPackError> &errors,
                                   int limit)
{
    QStringList lines;
    for (const MarketPackError &error : errors) {
        if (lines.size() == limit) {
            lines.append(tr("… and %1 more problems").arg(errors.size() - limit));
            break;
        }
        QString where = error.line > 0 ? tr("%1 line %2").arg(fileName).arg(error.line) : fileName;
        if (!error.field.isEmpty())
            where += tr(", field %1").arg(error.field);
        lines.append(where + u": "_s + error.message);
    }
    return lines.join(u'\n');
}

std::optional<MarketPack> MarketPackParser::parse(const QByteArray &content,
                                                  const QString &fileName,
                                                  QList<MarketPackError> *errors) const
{
    QList<MarketPackError> found;
    const auto fail = [&]() -> std::optional<MarketPack> {
        if (errors)
            *errors = found;
        return std::nullopt;
    };
    QString text = QString::fromUtf8(content);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (text.contains(QChar::ReplacementCharacter)) {
        found.append({0, {}, tr("not UTF-8 text")});
        return fail();
    }
    // Comment lines become blank lines, which the reader skips: line numbers stay true.
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        if (line.trimmed().startsWith(u'#'))
            line.clear();
    }
    const CsvParseResult parsed = CsvReader::parse(lines.join(u'\n'));
    if (!parsed.error.isEmpty()) {
        found.append({parsed.errorLine, {}, parsed.error});
        return fail();
    }
    if (parsed.records.isEmpty()) {
        found.append({0, {}, tr("the file is empty")});
        return fail();
    }
    const CsvRecord &header = parsed.records.first();
    const QStringList expected = columns();
    for (qsizetype i = 0; i < std::max(header.fields.size(), expected.size()); ++i) {
        const QString got = i < header.fields.size() ? header.fields.at(i).trimmed() : QString();
        const QString want = i < expected.size() ? expected.at(i) : QString();
        if (got != want)
            found.append({header.line, got.isEmpty() ? want : got,
                          want.isEmpty()  ? tr("unknown column")
                          : got.isEmpty() ? tr("missing column (expected %1)").arg(want)
                                          : tr("unknown column (expected %1)").arg(want)});
    }
    if (!found.isEmpty())
        return fail();

    MarketPack pack;
    pack.fileName = fileName;
    QSet<QString> seen;
    int versionLine = 0;
    int retrievedLine = 0;
    for (qsizetype r = 1; r < parsed.records.size(); ++r) {
        const CsvRecord &record = parsed.records.at(r);
        if (record.fields.size() != expected.size()) {
            found.append({record.line,
                          {},
                          tr("expected %1 fields, found %2")
                              .arg(expected.size())
                              .arg(record.fields.size())});
            continue;
        }
        const auto field = [&](int column) { return record.fields.at(column).trimmed(); };
        const QString section = field(0);
        if (section == u"pack"_s) {
            const QString key = field(1);
            const QString value = field(2);
            if (key == u"version"_s) {
                if (versionLine)
                    found.append({record.line, u"key"_s,
                                  tr("version given twice (first on line %1)").arg(versionLine)});
                else if (!versionPattern.match(value).hasMatch())
                    found.append({record.line, u"value"_s,
                                  tr("a version is numbers separated by dots, e.g. 2026.11.1")});
                pack.version = value;
                versionLine = record.line;
            } else if (key == u"retrieved"_s) {
                if (retrievedLine)
                    found.append(
                        {record.line, u"key"_s,
                         tr("retrieval date given twice (first on line %1)").arg(retrievedLine)});
                else if (!datePattern.match(value).hasMatch())
                    found.append({record.line, u"value"_s, tr("a retrieval date is YYYY-MM-DD")});
                pack.retrieved = value;
                retrievedLine = record.line;
            } else if (key == u"name"_s) {
                pack.name = value;
            } else {
                found.append(
                    {record.line, u"key"_s,
                     tr("unknown key \"%1\" (expected version, retrieved or name)").arg(key)});
            }
            continue;
        }
        if (!rules().contains(section)) {
            found.append({record.line, u"section"_s, tr("unknown section \"%1\"").arg(section)});
            continue;
        }
        MarketFigure figure;
        figure.section = section;
        figure.key = field(1);
        figure.unit = field(3);
        figure.publisher = field(5);
        figure.survey = field(6);
        figure.year = field(7);
        figure.url = field(8);
        figure.note = field(9);
        figure.line = record.line;
        bool numeric = false;
        figure.value = field(2).toDouble(&numeric);
        if (!numeric) {
            found.append({record.line, u"value"_s,
                          field(2).isEmpty() ? tr("missing value")
                                             : tr("\"%1\" is not a number").arg(field(2))});
            continue;
        }
        if (!field(4).isEmpty()) {
            bool integer = false;
            const int count = field(4).toInt(&integer);
            if (!integer || count < 0)
                found.append(
                    {record.line, u"count"_s, tr("a count is a whole number of 0 or more")});
            else
                figure.count = count;
        }
        const QString identity =
            section + u'\n' + figure.key + u'\n' + figure.publisher + u'\n' + figure.survey;
        if (seen.contains(identity))
            found.append({record.line, u"key"_s,
                          tr("\"%1\" from the same survey is given twice").arg(figure.key)});
        seen.insert(identity);
        checkFigure(figure, &found);
        pack.figures.append(figure);
    }
    if (!versionLine)
        found.append({0, u"version"_s, tr("the pack has no version (a line: pack,version,…)")});
    if (!retrievedLine)
        found.append(
            {0, u"retrieved"_s, tr("the pack has no retrieval date (a line: pack,retrieved,…)")});
    if (found.isEmpty() && pack.figures.isEmpty())
        found.append({0, {}, tr("the pack holds no figures")});
    if (!found.isEmpty())
        return fail();
    pack.rebuildIndex();
    return pack;
}

void MarketPackParser::checkFigure(const MarketFigure &figure, QList<MarketPackError> *errors) const
{
    const SectionRule &rule = rules().value(figure.section);
    const int line = figure.line;
    const auto keyMatch = rule.key.match(figure.key);
    if (!keyMatch.hasMatch()) {
        errors->append({line, u"key"_s,
                        tr("unknown key \"%1\" for section %2").arg(figure.key, figure.section)});
        return;
    }
    if (figure.section == u"freelance-skill"_s && !m_skillIds.isEmpty() &&
        !m_skillIds.contains(figure.key)) {
        errors->append(
            {line, u"key"_s, tr("\"%1\" is not a skill of the catalogue").arg(figure.key)});
        return;
    }
    if (!rule.units.contains(figure.unit)) {
        QStringList allowed = rule.units.keys();
        allowed.sort();
        errors->append({line, u"unit"_s,
                        tr("\"%1\" is not a unit of %2 (expected %3)")
                            .arg(figure.unit, figure.section, allowed.join(u", "_s))});
        return;
    }
    if (figure.section == u"wage"_s || figure.section == u"wage-experience"_s) {
        const QString measure = figure.key.section(u'|', -1);
        if (unitOfMeasure(measure) != figure.unit)
            errors->append({line, u"unit"_s,
                            tr("%1 is published in %2, not %3")
                                .arg(measure, unitOfMeasure(measure), figure.unit)});
    }
    if (figure.value < 0)
        errors->append({line, u"value"_s, tr("a figure cannot be negative")});
    else {
        const UnitRange range = rule.units.value(figure.unit);
        if (figure.value < range.minimum || figure.value > range.maximum)
            errors->append({line, u"value"_s,
                            tr("%1 %2 is not a plausible figure (expected %3–%4)")
                                .arg(figure.value)
                                .arg(figure.unit)
                                .arg(range.minimum)
                                .arg(range.maximum)});
    }
    if (figure.publisher.isEmpty())
        errors->append({line, u"publisher"_s, tr("missing source: who published the figure")});
    if (figure.survey.isEmpty())
        errors->append({line, u"survey"_s, tr("missing source: the survey or page")});
    if (!yearPattern.match(figure.year).hasMatch())
        errors->append({line, u"year"_s,
                        figure.year.isEmpty() ? tr("missing source: the year")
                                              : tr("a year is YYYY, YYYY-MM or YYYY-MM-DD")});
    if (!figure.url.startsWith(u"https://"_s) && !figure.url.startsWith(u"http://"_s))
        errors->append({line, u"url"_s,
                        figure.url.isEmpty() ? tr("missing source: the address")
                                             : tr("an address starts with https:// or http://")});
}
