#include "ListingSearchQuery.h"

#include "SqlDialect.h"
#include "core/search/ShortWordIndex.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

QStringList ListingSearchQuery::searchWords(const QString &text)
{
    // A trigram phrase costs time in proportion to its length times the rows it touches: a
    // pasted page of text would stall the search for minutes. Nobody types a search longer
    // than this; the rest of a longer text is not searched.
    const QString limited = text.left(maximumTextLength);
    QString cleaned;
    cleaned.reserve(limited.size());
    for (QChar c : limited) {
        // NUL and other control characters cannot be typed and would end the text early in
        // some layers: they separate words like white space.
        // Invisible format characters (direction marks, zero-width spaces, a BOM) come
        // along with pasted text; they are dropped so the visible word is searched.
        if (c.category() == QChar::Other_Control)
            cleaned.append(u' ');
        else if (c.category() == QChar::Other_Format)
            continue;
        else
            cleaned.append(c);
    }
    static const QRegularExpression whiteSpace(u"[\\s\\x{3000}]+"_s);
    QStringList words = cleaned.split(whiteSpace, Qt::SkipEmptyParts);
    // Unpaired surrogates would make the bound UTF-16 invalid; drop them.
    for (QString &word : words) {
        QString valid;
        for (qsizetype i = 0; i < word.size(); ++i) {
            const QChar c = word.at(i);
            if (c.isHighSurrogate() && i + 1 < word.size() && word.at(i + 1).isLowSurrogate()) {
                valid.append(c);
                valid.append(word.at(++i));
            } else if (!c.isSurrogate()) {
                valid.append(c);
            }
        }
        word = valid;
    }
    words.removeAll(QString());
    // And each word to a length a listing could contain as a term.
    for (QString &word : words) {
        word.truncate(maximumWordLength);
        if (!word.isEmpty() && word.back().isHighSurrogate())
            word.chop(1); // never half a character
    }
    if (words.size() > maximumWords)
        words = words.mid(0, maximumWords);
    return words;
}

QString ListingSearchQuery::ftsQuery(const QStringList &words)
{
    QStringList phrases;
    for (const QString &word : words) {
        if (ShortWordIndex::answers(word))
            continue; // a trigram index needs three characters (code points) to match
        QString escaped = word;
        escaped.replace(u'"', u"\"\""_s);
        phrases.append(u'"' + escaped + u'"');
    }
    return phrases.join(u' ');
}

QString ListingSearchQuery::likePattern(const QString &word)
{
    QString escaped = word;
    escaped.replace(u'\\', u"\\\\"_s);
    escaped.replace(u'%', u"\\%"_s);
    escaped.replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

QString ListingSearchQuery::monthlyRateExpression(const QString &t, SqlEngine engine)
{
    // The middle of a range, else the stated bound; an hourly rate times the billable hours.
    using SqlDialect::truncatedToInteger;
    return u"COALESCE((%1.monthly_rate_min_yen + %1.monthly_rate_max_yen) / 2, "
           "%1.monthly_rate_max_yen, %1.monthly_rate_min_yen, %2, %3, %4)"_s.arg(
               t,
               truncatedToInteger(engine, u"(%1.hourly_rate_min_yen + %1.hourly_rate_max_yen) "
                                          "/ 2.0 * ?"_s.arg(t)),
               truncatedToInteger(engine, u"%1.hourly_rate_max_yen * ?"_s.arg(t)),
               truncatedToInteger(engine, u"%1.hourly_rate_min_yen * ?"_s.arg(t)));
}

ListingSearchQuery ListingSearchQuery::build(const ListingFilter &filter, SqlEngine engine)
{
    ListingSearchQuery query;
    QStringList conditions;
    auto addRateExpression = [&](QString condition) {
        for (int i = 0; i < monthlyRateExpressionHours(); ++i)
            query.values.append(filter.billableHoursPerMonth);
        return condition;
    };

    const bool postgres = engine == SqlEngine::PostgreSQL;
    const QStringList words = searchWords(filter.text);
    const QString fts = postgres ? QString() : ftsQuery(words);
    if (!fts.isEmpty()) {
        conditions.append(u"l.id IN (SELECT rowid FROM listings_fts WHERE listings_fts MATCH ?)"_s);
        query.values.append(fts);
    }
    // PostgreSQL: the three searched columns joined by a space, as its trigram index is
    // built (a word holds no white space, so it never matches across two columns).
    const QString searched = u"(l.title || ' ' || l.work_content || ' ' || l.skills_text)"_s;
    for (const QString &word : words) {
        if (!ShortWordIndex::answers(word)) {
            if (postgres) {
                // Case-insensitive, as the trigram tokenizer of SQLite's index is.
                conditions.append(searched + u" ILIKE ?"_s);
                query.values.append(likePattern(word));
            }
            continue;
        }
        // lower() in SQLite folds ASCII only, which is what these short words are in
        // practice (Go, AI, PM, DB); kana and kanji have no case.
        const QString lowered = word.toLower();
        if (postgres) {
            conditions.append(SqlDialect::containsLowered(engine, searched));
            query.values << lowered;
            continue;
        }
        conditions.append(u"(instr(lower(l.title), ?) > 0 OR instr(lower(l.work_content), ?) > 0"
                          " OR instr(lower(l.skills_text), ?) > 0)"_s);
        query.values << lowered << lowered << lowered;
    }
    const QString rate = monthlyRateExpression(u"l"_s, engine);
    if (filter.minMonthlyYen) {
        conditions.append(addRateExpression(rate + u" >= ?"_s));
        query.values.append(*filter.minMonthlyYen);
    }
    if (filter.maxMonthlyYen) {
        conditions.append(addRateExpression(rate + u" <= ?"_s));
        query.values.append(*filter.maxMonthlyYen);
    }
    if (!filter.contract.isEmpty()) {
        conditions.append(u"l.contract = ?"_s);
        query.values.append(filter.contract);
    }
    if (!filter.positions.isEmpty()) {
        conditions.append(SqlDialect::containsLowered(engine, u"l.positions"_s));
        query.values.append(filter.positions.toLower());
    }
    if (!filter.duration.isEmpty()) {
        conditions.append(u"l.duration = ?"_s);
        query.values.append(filter.duration);
    }
    if (!filter.workKind.isEmpty()) {
        conditions.append(u"l.work_kind = ?"_s);
        query.values.append(filter.workKind);
    }
    if (!filter.skillId.isEmpty()) {
        conditions.append(u"EXISTS (SELECT 1 FROM listing_requirements r"
                          " WHERE r.listing_id = l.id AND r.skill_id = ?)"_s);
        query.values.append(filter.skillId);
    }
    if (filter.uuids) {
        QStringList quoted;
        for (const QString &uuid : *filter.uuids)
            quoted.append(u'"' + uuid + u'"');
        conditions.append(postgres ? u"l.uuid::text IN (SELECT value FROM "
                                     "json_array_elements_text(?::json))"_s
                                   : u"l.uuid IN (SELECT value FROM json_each(?))"_s);
        query.values.append(u'[' + quoted.join(u',') + u']');
    }
    if (filter.status) {
        conditions.append(u"EXISTS (SELECT 1 FROM saved_listings s"
                          " WHERE s.listing_id = l.id AND s.status = ?)"_s);
        query.values.append(ApplicationStatuses::key(*filter.status));
    } else if (filter.savedOnly) {
        conditions.append(u"EXISTS (SELECT 1 FROM saved_listings s WHERE s.listing_id = l.id)"_s);
    }

    // Text alone, in id order: the ids come straight from the index, without reading each
    // matching row of the listings table (a broad word matches tens of thousands).
    if (!fts.isEmpty() && conditions.size() == 1 && filter.sort == ListingSort::Fit) {
        query.sql = u"SELECT rowid FROM listings_fts WHERE listings_fts MATCH ? ORDER BY rowid"_s;
        return query;
    }

    QString order;
    switch (filter.sort) {
    case ListingSort::Fit:
        order = u"l.id"_s;
        break;
    case ListingSort::RateHighFirst:
        order = addRateExpression(rate + u" DESC NULLS LAST, l.id"_s);
        break;
    case ListingSort::RateLowFirst:
        order = addRateExpression(rate + u" ASC NULLS LAST, l.id"_s);
        break;
    case ListingSort::Newest:
        order = u"l.created_at DESC, l.id DESC"_s;
        break;
    }
    query.sql = u"SELECT l.id FROM listings l"_s;
    if (!conditions.isEmpty())
        query.sql += u" WHERE "_s + conditions.join(u" AND "_s);
    query.sql += u" ORDER BY "_s + order;
    return query;
}
