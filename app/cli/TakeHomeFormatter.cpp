#include "TakeHomeFormatter.h"

#include "ListingsFormatter.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

QString TakeHomeFormatter::kindKey(TakeHomeLine::Kind kind)
{
    switch (kind) {
    case TakeHomeLine::Kind::Income:
        return u"income"_s;
    case TakeHomeLine::Kind::Cost:
        return u"cost"_s;
    case TakeHomeLine::Kind::Step:
        return u"step"_s;
    case TakeHomeLine::Kind::Net:
        return u"net"_s;
    case TakeHomeLine::Kind::Equivalent:
        return u"equivalent"_s;
    }
    return {};
}

QString TakeHomeFormatter::text(const TakeHomeResult &result)
{
    const QLocale locale;
    QString text = tr("Take-home pay, %1 (%2 rules)")
                       .arg(EmploymentTypes::displayName(result.employment))
                       .arg(result.year) +
                   u"\n\n"_s;
    // Columns by the terminal's width of the text: a kanji takes two cells.
    int labelWidth = 0;
    for (const TakeHomeLine &line : result.lines)
        labelWidth = std::max(labelWidth, ListingsFormatter::displayWidth(line.label));
    for (const TakeHomeLine &line : result.lines) {
        const QString sign = line.kind == TakeHomeLine::Kind::Cost ? u"−"_s : u" "_s;
        const QString label =
            line.label + QString(labelWidth - ListingsFormatter::displayWidth(line.label), u' ');
        QString row =
            u"  %1  %2%3"_s.arg(label, sign, locale.toString(line.amountYen).rightJustified(13));
        if (!line.formula.isEmpty())
            row += u"   "_s + line.formula;
        text += row + u'\n';
        if (!line.source.isEmpty())
            text += u"  %1     %2\n"_s.arg(QString(labelWidth, u' '),
                                           tr("source: %1").arg(line.source));
    }
    text += u'\n';
    for (const QString &note : result.notes)
        text += u"* "_s + note + u'\n';
    return text;
}

QJsonObject TakeHomeFormatter::json(const TakeHomeResult &result)
{
    QJsonArray lines;
    for (const TakeHomeLine &line : result.lines)
        lines.append(QJsonObject{{u"id"_s, line.id},
                                 {u"label"_s, line.label},
                                 {u"amountYen"_s, double(line.amountYen)},
                                 {u"formula"_s, line.formula},
                                 {u"source"_s, line.source},
                                 {u"kind"_s, kindKey(line.kind)}});
    const QJsonObject parts{{u"healthYen"_s, double(result.healthYen)},
                            {u"careYen"_s, double(result.careYen)},
                            {u"childSupportYen"_s, double(result.childSupportYen)},
                            {u"pensionYen"_s, double(result.pensionYen)},
                            {u"employmentInsuranceYen"_s, double(result.employmentInsuranceYen)},
                            {u"nationalPensionYen"_s, double(result.nationalPensionYen)},
                            {u"nationalHealthInsuranceYen"_s, double(result.nationalHealthYen)}};
    return QJsonObject{{u"year"_s, result.year},
                       {u"employment"_s, EmploymentTypes::key(result.employment)},
                       {u"grossYen"_s, double(result.grossYen)},
                       {u"socialInsuranceYen"_s, double(result.socialInsuranceYen())},
                       {u"socialInsuranceParts"_s, parts},
                       {u"incomeTaxYen"_s, double(result.incomeTaxYen)},
                       {u"residentTaxYen"_s, double(result.residentTaxYen)},
                       {u"businessTaxYen"_s, double(result.businessTaxYen)},
                       {u"consumptionTaxYen"_s, double(result.consumptionTaxYen)},
                       {u"consumptionTaxCollectedYen"_s, double(result.consumptionTaxCollectedYen)},
                       {u"netYen"_s, double(result.netYen)},
                       {u"contributionsYen"_s, double(result.contributionsYen)},
                       {u"contributionsSavedYen"_s, double(result.contributionsSavedYen)},
                       {u"employerContributionsYen"_s, double(result.employerContributionsYen)},
                       {u"equivalentValueYen"_s, double(result.equivalentValueYen)},
                       {u"employeeInsurance"_s, result.employeeInsurance},
                       {u"lines"_s, lines},
                       {u"notes"_s, QJsonArray::fromStringList(result.notes)}};
}
