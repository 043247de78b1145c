#include "ListingField.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace {

QString headerKey(const QString &header)
{
    QString key = header.normalized(QString::NormalizationForm_KC).trimmed().toCaseFolded();
    key.remove(u' ');
    key.remove(u'\t');
    key.remove(u'\u3000');
    return key;
}

const QHash<QString, ListingField> &aliases()
{
    static const QHash<QString, ListingField> table = [] {
        const QList<std::pair<ListingField, QStringList>> words{
            {ListingField::Title, {u"概要"_s, u"案件名"_s, u"タイトル"_s, u"title"_s, u"name"_s}},
            {ListingField::Rate,
             {u"報酬"_s, u"単価"_s, u"月額"_s, u"月単価"_s, u"rate"_s, u"price"_s, u"salary"_s}},
            {ListingField::Contract, {u"契約形態"_s, u"契約"_s, u"contract"_s, u"contract type"_s}},
            {ListingField::Positions,
             {u"ポジション"_s, u"職種"_s, u"position"_s, u"positions"_s, u"role"_s}},
            {ListingField::Duration, {u"期間"_s, u"契約期間"_s, u"duration"_s, u"period"_s}},
            {ListingField::Work,
             {u"作業内容"_s, u"業務内容"_s, u"仕事内容"_s, u"work"_s, u"work content"_s,
              u"description"_s}},
            {ListingField::Skills,
             {u"求めるスキル"_s, u"必須スキル"_s, u"スキル"_s, u"required skills"_s, u"skills"_s,
              u"requirements"_s}},
            {ListingField::Location, {u"勤務地"_s, u"場所"_s, u"location"_s}},
            {ListingField::Remote, {u"リモート"_s, u"在宅"_s, u"remote"_s}},
            {ListingField::Url, {u"url"_s, u"link"_s}},
            {ListingField::Notes, {u"備考"_s, u"メモ"_s, u"notes"_s, u"note"_s}},
            {ListingField::Source, {u"出典"_s, u"情報元"_s, u"source"_s}},
            {ListingField::WorkKind, {u"業種"_s, u"kind of work"_s, u"work kind"_s, u"workkind"_s}},
        };
        QHash<QString, ListingField> result;
        for (const auto &[field, names] : words) {
            for (const QString &name : names)
                result.insert(headerKey(name), field);
        }
        // The exporter's own keys, so an exported file always maps back.
        for (ListingField field : ListingFields::all())
            result.insert(headerKey(ListingFields::key(field)), field);
        return result;
    }();
    return table;
}

} // namespace

namespace ListingFields {

QList<ListingField> all()
{
    return {ListingField::Title,     ListingField::Rate,     ListingField::Contract,
            ListingField::Positions, ListingField::Duration, ListingField::Work,
            ListingField::Skills,    ListingField::Location, ListingField::Remote,
            ListingField::Url,       ListingField::Notes,    ListingField::Source,
            ListingField::WorkKind};
}

std::optional<ListingField> fromHeader(const QString &header)
{
    const auto it = aliases().constFind(headerKey(header));
    if (it == aliases().constEnd())
        return std::nullopt;
    return *it;
}

QString key(ListingField field)
{
    switch (field) {
    case ListingField::Title:
        return u"title"_s;
    case ListingField::Rate:
        return u"rate"_s;
    case ListingField::Contract:
        return u"contract"_s;
    case ListingField::Positions:
        return u"positions"_s;
    case ListingField::Duration:
        return u"duration"_s;
    case ListingField::Work:
        return u"work"_s;
    case ListingField::Skills:
        return u"skills"_s;
    case ListingField::Location:
        return u"location"_s;
    case ListingField::Remote:
        return u"remote"_s;
    case ListingField::Url:
        return u"url"_s;
    case ListingField::Notes:
        return u"notes"_s;
    case ListingField::Source:
        return u"source"_s;
    case ListingField::WorkKind:
        return u"workKind"_s;
    }
    return {};
}

QString displayName(ListingField field)
{
    switch (field) {
    case ListingField::Title:
        return QCoreApplication::translate("ListingField", "Title");
    case ListingField::Rate:
        return QCoreApplication::translate("ListingField", "Rate");
    case ListingField::Contract:
        return QCoreApplication::translate("ListingField", "Contract");
    case ListingField::Positions:
        return QCoreApplication::translate("ListingField", "Positions");
    case ListingField::Duration:
        return QCoreApplication::translate("ListingField", "Duration");
    case ListingField::Work:
        return QCoreApplication::translate("ListingField", "Work");
    case ListingField::Skills:
        return QCoreApplication::translate("ListingField", "Required skills");
    case ListingField::Location:
        return QCoreApplication::translate("ListingField", "Location");
    case ListingField::Remote:
        return QCoreApplication::translate("ListingField", "Remote");
    case ListingField::Url:
        return QCoreApplication::translate("ListingField", "URL");
    case ListingField::Notes:
        return QCoreApplication::translate("ListingField", "Notes");
    case ListingField::Source:
        return QCoreApplication::translate("ListingField", "Source");
    case ListingField::WorkKind:
        return QCoreApplication::translate("ListingField", "Kind of work");
    }
    return {};
}

QString &text(Listing &listing, ListingField field)
{
    switch (field) {
    case ListingField::Title:
        return listing.title;
    case ListingField::Rate:
        return listing.rateText;
    case ListingField::Contract:
        return listing.contract;
    case ListingField::Positions:
        return listing.positions;
    case ListingField::Duration:
        return listing.duration;
    case ListingField::Work:
        return listing.workContent;
    case ListingField::Skills:
        return listing.skillsText;
    case ListingField::Location:
        return listing.location;
    case ListingField::Remote:
        return listing.remote;
    case ListingField::Url:
        return listing.url;
    case ListingField::Notes:
        return listing.notes;
    case ListingField::Source:
        return listing.source;
    case ListingField::WorkKind:
        return listing.workKind;
    }
    return listing.notes; // unreachable: every enumerator is handled above
}

} // namespace ListingFields
