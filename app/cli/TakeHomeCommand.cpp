#include "TakeHomeCommand.h"

#include "TakeHomeFormatter.h"
#include "core/takehome/TakeHomeCalculator.h"

#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

QCommandLineOption option(const QString &name, const QString &description,
                          const QString &valueName = {}, const QString &defaultValue = {})
{
    return valueName.isEmpty() ? QCommandLineOption(name, description)
                               : QCommandLineOption(name, description, valueName, defaultValue);
}

} // namespace

QString TakeHomeCommand::summary() const
{
    return tr("Take-home pay for an employment type: gross, social insurance, taxes, net.");
}

QString TakeHomeCommand::description() const
{
    return summary() + u"\n\n"_s +
           tr("Every step is printed with its formula and the source of its figures. It is an "
              "estimate for a steady year, not tax advice: health insurance at 協会けんぽ's rate "
              "of the prefecture, resident tax and 国民健康保険 as in Tokyo's 23 wards. With "
              "--break-even and --annual, prints the freelance monthly rate whose take-home pay "
              "equals that salary's.");
}

QList<QCommandLineOption> TakeHomeCommand::options() const
{
    return {
        option(u"employment"_s, tr("fulltime (default), freelance, dispatch or parttime."),
               tr("type"), u"fulltime"_s),
        option(u"annual"_s, tr("Yearly pay with bonus (employees), or yearly sales."), tr("yen")),
        option(u"monthly"_s, tr("Monthly pay (employees) or the monthly rate (freelance)."),
               tr("yen")),
        option(u"hourly"_s, tr("Hourly pay or rate, with --hours-per-week."), tr("yen")),
        option(u"hours-per-week"_s, tr("Hours worked a week (default 40)."), tr("hours"), u"40"_s),
        option(u"age"_s, tr("Age, for 介護保険 and 国民年金 (default 40)."), tr("years"), u"40"_s),
        option(u"prefecture"_s,
               tr("The prefecture whose 協会けんぽ rate applies: 大阪府, 大阪 or osaka (default "
                  "Tokyo)."),
               tr("name"), u"tokyo"_s),
        option(u"year"_s, tr("Tax year: 2025 or 2026."), tr("year")),
        option(u"bonus-months"_s, tr("Months of pay paid as bonus (employees, default 0)."),
               tr("months"), u"0"_s),
        option(u"billed-months"_s, tr("Months billed in a year (freelance, default 11)."),
               tr("months"), u"11"_s),
        option(u"expenses"_s, tr("Business expenses: yen, or a share such as 10%."),
               tr("yen|pct%")),
        option(u"margin"_s, tr("The agency's margin in percent of the rate."), tr("pct"), u"0"_s),
        option(u"invoice"_s,
               tr("Consumption tax: standard, simplified, twenty-percent or none (default)."),
               tr("mode"), u"none"_s),
        option(u"blue"_s,
               tr("青色申告: full (65万円, default), paper (55万円), simple (10万円) or white."),
               tr("kind"), u"full"_s),
        option(u"dependants"_s, tr("Dependants aged 16 to 18 or 23 to 69."), tr("count"), u"0"_s),
        option(u"spouse"_s, tr("A spouse within the 配偶者控除 income limit.")),
        option(u"ideco"_s, tr("iDeCo contributions a month (default 0)."), tr("yen"), u"0"_s),
        option(u"small-business-mutual-aid"_s,
               tr("小規模企業共済 contributions a month (freelance, default 0)."), tr("yen"),
               u"0"_s),
        option(u"safety-mutual-aid"_s,
               tr("経営セーフティ共済 contributions a month (freelance, default 0)."), tr("yen"),
               u"0"_s),
        option(u"paid-leave-days"_s,
               tr("Paid-leave days a year, valued beside an employee's take-home pay."), tr("days"),
               u"0"_s),
        option(u"retirement-allowance"_s,
               tr("A year's share of a retirement allowance, valued beside an employee's "
                  "take-home pay."),
               tr("yen"), u"0"_s),
        option(u"break-even"_s, tr("With --annual: the freelance monthly rate that nets as much.")),
        option(u"format"_s, tr("Output format: text (default) or json."), tr("format"), u"text"_s)};
}

std::optional<qint64> TakeHomeCommand::parseYen(const QString &text)
{
    static const QRegularExpression pattern(
        u"^\\s*([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*(万)?\\s*円?\\s*$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const double number = match.captured(1).remove(u',').toDouble(&ok);
    if (!ok)
        return std::nullopt;
    const double yen = match.captured(2).isEmpty() ? number : number * 10'000;
    if (yen > 1e13)
        return std::nullopt;
    return qRound64(yen);
}

QString TakeHomeCommand::readInput(const QCommandLineParser &parser, TakeHomeInput *input)
{
    const auto employment = EmploymentTypes::fromKey(parser.value(u"employment"_s));
    if (!employment)
        return tr("--employment: \"%1\" is not fulltime, freelance, dispatch or parttime")
            .arg(parser.value(u"employment"_s));
    input->employment = *employment;
    auto number = [&](const QString &name, double *value) -> QString {
        bool ok = false;
        *value = parser.value(name).toDouble(&ok);
        return ok ? QString() : tr("--%1: \"%2\" is not a number").arg(name, parser.value(name));
    };
    double age = 0, dependants = 0, hours = 0;
    for (const auto &[name, value] : {std::pair{u"age"_s, &age},
                                      {u"dependants"_s, &dependants},
                                      {u"hours-per-week"_s, &hours},
                                      {u"bonus-months"_s, &input->bonusMonths},
                                      {u"billed-months"_s, &input->billedMonths}}) {
        if (const QString error = number(name, value); !error.isEmpty())
            return error;
    }
    input->age = int(age);
    input->dependants = int(dependants);
    input->hoursPerWeek = hours;
    input->spouse = parser.isSet(u"spouse"_s);
    const QString prefecture = parser.value(u"prefecture"_s);
    input->prefecture =
        prefecture.compare(u"tokyo"_s, Qt::CaseInsensitive) == 0 ? QString() : prefecture;
    if (parser.isSet(u"year"_s)) {
        bool ok = false;
        input->year = parser.value(u"year"_s).toInt(&ok);
        if (!ok)
            return tr("--year: \"%1\" is not a year").arg(parser.value(u"year"_s));
    } else {
        input->year = TakeHomeRules::defaultYear();
    }
    double margin = 0;
    if (const QString error = number(u"margin"_s, &margin); !error.isEmpty())
        return error;
    double paidLeaveDays = 0;
    if (const QString error = number(u"paid-leave-days"_s, &paidLeaveDays); !error.isEmpty())
        return error;
    input->paidLeaveDays = int(paidLeaveDays);
    for (const auto &[name, value] :
         {std::pair{u"ideco"_s, &input->idecoMonthlyYen},
          {u"small-business-mutual-aid"_s, &input->smallBusinessMutualAidMonthlyYen},
          {u"safety-mutual-aid"_s, &input->safetyMutualAidMonthlyYen},
          {u"retirement-allowance"_s, &input->retirementAllowanceYen}}) {
        const auto amount = parseYen(parser.value(name));
        if (!amount)
            return tr("--%1: \"%2\" is not an amount in yen (23000, 23,000 or 2.3万)")
                .arg(name, parser.value(name));
        *value = *amount;
    }
    input->marginShare = margin / 100;

    const QString invoice = parser.value(u"invoice"_s);
    const QHash<QString, InvoiceMode> invoices{{u"none"_s, InvoiceMode::None},
                                               {u"standard"_s, InvoiceMode::Standard},
                                               {u"simplified"_s, InvoiceMode::Simplified},
                                               {u"twenty-percent"_s, InvoiceMode::TwentyPercent}};
    if (!invoices.contains(invoice))
        return tr("--invoice: \"%1\" is not standard, simplified, twenty-percent or none")
            .arg(invoice);
    input->invoice = invoices.value(invoice);
    const QString blue = parser.value(u"blue"_s);
    const QHash<QString, BlueReturn> blues{{u"full"_s, BlueReturn::Full},
                                           {u"paper"_s, BlueReturn::Paper},
                                           {u"simple"_s, BlueReturn::Simple},
                                           {u"white"_s, BlueReturn::White}};
    if (!blues.contains(blue))
        return tr("--blue: \"%1\" is not full, paper, simple or white").arg(blue);
    input->blueReturn = blues.value(blue);
    if (parser.isSet(u"expenses"_s)) {
        const QString expenses = parser.value(u"expenses"_s).trimmed();
        if (expenses.endsWith(u'%')) {
            bool ok = false;
            input->expensesShare = expenses.chopped(1).toDouble(&ok) / 100;
            if (!ok)
                return tr("--expenses: \"%1\" is not a share such as 10%").arg(expenses);
        } else if (const auto yen = parseYen(expenses)) {
            input->expensesYen = *yen;
        } else {
            return tr("--expenses: \"%1\" is neither an amount in yen nor a share such as 10%")
                .arg(expenses);
        }
    }

    // The pay: exactly one of --annual, --monthly, --hourly.
    const QStringList given = [&]() {
        QStringList names;
        for (const QString &name : {u"annual"_s, u"monthly"_s, u"hourly"_s}) {
            if (parser.isSet(name))
                names.append(name);
        }
        return names;
    }();
    if (given.size() != 1)
        return tr("give the pay once: --annual, --monthly or --hourly");
    const auto amount = parseYen(parser.value(given.first()));
    if (!amount)
        return tr("--%1: \"%2\" is not an amount in yen (600000, 600,000 or 60万)")
            .arg(given.first(), parser.value(given.first()));
    const double hoursAYear = input->hoursPerWeek * 52;
    if (input->employment == EmploymentType::Freelance) {
        if (given.first() == u"monthly"_s)
            input->monthlyRateYen = *amount;
        else if (given.first() == u"annual"_s)
            input->monthlyRateYen = qRound64(double(*amount) / std::max(input->billedMonths, 1.0));
        else
            input->monthlyRateYen = qRound64(double(*amount) * hoursAYear / 12);
    } else {
        if (given.first() == u"annual"_s)
            input->annualGrossYen = *amount;
        else if (given.first() == u"monthly"_s)
            input->annualGrossYen = qRound64(double(*amount) * (12 + input->bonusMonths));
        else
            input->annualGrossYen = qRound64(double(*amount) * hoursAYear);
    }
    return {};
}

int TakeHomeCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString format = parser.value(u"format"_s);
    if (format != u"text"_s && format != u"json"_s) {
        err << tr("takehome: unknown format \"%1\" (expected text or json)").arg(format) << u'\n';
        return 2;
    }
    TakeHomeInput input;
    QString error = readInput(parser, &input);
    if (!error.isEmpty()) {
        err << u"takehome: "_s << error << u'\n';
        return 2;
    }
    const auto rules = TakeHomeRules::forYear(input.year, &error);
    if (!rules) {
        err << u"takehome: --year: "_s << error << u'\n';
        return 2;
    }
    const TakeHomeCalculator calculator(*rules);
    if (error = calculator.validate(input); !error.isEmpty()) {
        err << u"takehome: "_s << error << u'\n';
        return 2;
    }

    if (parser.isSet(u"break-even"_s)) {
        if (input.employment == EmploymentType::Freelance || !parser.isSet(u"annual"_s)) {
            err << tr("takehome: --break-even takes an employee's --annual pay") << u'\n';
            return 2;
        }
        TakeHomeInput freelance = input;
        freelance.employment = EmploymentType::Freelance;
        const qint64 rate = calculator.breakEvenMonthlyRate(input, freelance);
        freelance.monthlyRateYen = rate;
        const TakeHomeResult employee = calculator.calculate(input);
        const TakeHomeResult matching = calculator.calculate(freelance);
        if (format == u"json"_s) {
            out << QJsonDocument(QJsonObject{{u"monthlyRateYen"_s, double(rate)},
                                             {u"billedMonths"_s, freelance.billedMonths},
                                             {u"employeeNetYen"_s, double(employee.netYen)},
                                             {u"freelanceNetYen"_s, double(matching.netYen)},
                                             {u"employee"_s, TakeHomeFormatter::json(employee)},
                                             {u"freelance"_s, TakeHomeFormatter::json(matching)}})
                       .toJson(QJsonDocument::Indented);
        } else {
            const QLocale locale;
            out << tr("A salary of %1 yen a year takes home %2 yen. A freelancer billing %3 "
                      "months takes home as much at a monthly rate of %4 yen.")
                       .arg(locale.toString(input.annualGrossYen), locale.toString(employee.netYen))
                       .arg(freelance.billedMonths)
                       .arg(locale.toString(rate))
                << u"\n\n"_s << TakeHomeFormatter::text(matching);
        }
        return 0;
    }

    const TakeHomeResult result = calculator.calculate(input);
    if (format == u"json"_s)
        out << QJsonDocument(TakeHomeFormatter::json(result)).toJson(QJsonDocument::Indented);
    else
        out << TakeHomeFormatter::text(result);
    return 0;
}
