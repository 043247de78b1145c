#include "ChartCommand.h"

#include "OffscreenCommand.h"
#include "charts/ChartContent.h"
#include "charts/ChartExporter.h"
#include "services/AnalysisService.h"
#include "storage/Database.h"
#include "storage/ReferenceDataRepository.h"

#include <QChartView>
#include <QCommandLineParser>
#include <QRegularExpression>
#include <QTextStream>
#include <memory>

using namespace Qt::StringLiterals;

QString ChartCommand::summary() const
{
    return tr("Draw a chart (age, employment, skills, rates) to a PNG or SVG file.");
}

QString ChartCommand::description() const
{
    return tr("Draw a chart to a PNG or SVG file: age (income by age), employment (by employment "
              "type), skills (skill-area radar) or rates (listing rates).");
}

QList<QCommandLineOption> ChartCommand::options() const
{
    return {QCommandLineOption(u"output"_s, tr("The image to write (.png or .svg)."), tr("file")),
            QCommandLineOption(
                u"profile"_s,
                tr("The profile JSON file to place on the chart (default: the saved one)."),
                tr("file")),
            QCommandLineOption(u"size"_s, tr("Image size in pixels, e.g. 1200x800."), u"WxH"_s,
                               u"1000x640"_s)};
}

QList<Command::Positional> ChartCommand::positionalArguments() const
{
    return {
        {u"chart"_s, tr("age | employment | skills | rates"), u"<age|employment|skills|rates>"_s}};
}

int ChartCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QStringList positional = parser.positionalArguments();
    const QStringList kinds{u"age"_s, u"employment"_s, u"skills"_s, u"rates"_s};
    if (positional.size() != 2 || !kinds.contains(positional.at(1))) {
        err << tr("chart: name one chart: age, employment, skills or rates") << u'\n';
        return 2;
    }
    if (!parser.isSet(u"output"_s)) {
        err << tr("chart: --output FILE.png or FILE.svg is required") << u'\n';
        return 2;
    }
    const QString output = parser.value(u"output"_s);
    if (!output.endsWith(u".png"_s, Qt::CaseInsensitive) &&
        !output.endsWith(u".svg"_s, Qt::CaseInsensitive)) {
        err << tr("chart: the output file must end in .png or .svg") << u'\n';
        return 2;
    }
    static const QRegularExpression sizePattern(u"^(\\d{3,4})x(\\d{3,4})$"_s);
    const QRegularExpressionMatch size = sizePattern.match(parser.value(u"size"_s));
    const int width = size.hasMatch() ? size.captured(1).toInt() : 0;
    const int height = size.hasMatch() ? size.captured(2).toInt() : 0;
    if (width < 200 || height < 200 || width > 8000 || height > 8000) {
        err << tr("chart: --size expects WIDTHxHEIGHT from 200x200 to 8000x8000") << u'\n';
        return 2;
    }

    CommandDatabases databases;
    if (!databases.open(parser, err))
        return 1;
    const Database &database = databases.local();
    auto market = loadMarket(databases, err);
    if (!market)
        return 1;
    QString error;
    bool failed = false;
    const Profile profile =
        OffscreenCommand::profile(database.connection(), parser.value(u"profile"_s), err, &failed)
            .value_or(Profile{});
    if (failed)
        return 1;
    const RateConversion conversion = settingsConversion(*market);
    AnalysisService analysis(std::move(*market), conversion);
    analysis.setProfile(profile);
    // Only the asked chart is built, and its chart view drawn alone at exactly the asked size.
    ChartContent::DrawnChart drawn =
        ChartContent::draw(ChartContent::Kind(kinds.indexOf(positional.at(1))), analysis,
                           ReferenceDataRepository(database.connection()).workKindNames());
    std::unique_ptr<QChartView> view(drawn.view);
    view->setParent(nullptr);
    view->setAttribute(Qt::WA_DontShowOnScreen);
    view->resize(width, height);
    view->show();
    QCoreApplication::processEvents();
    if (!ChartExporter::save(view.get(), output, &error)) {
        err << error << u'\n';
        return 1;
    }
    out << tr("Wrote %1 (%2×%3).").arg(output).arg(width).arg(height) << u'\n';
    return 0;
}
