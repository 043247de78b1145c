#include "shell/AboutDialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QSet>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AboutDialog::AboutDialog(const QList<SalaryStatistic> &statistics, const MarketPack &pack,
                         QWidget *parent)
    : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About CareerPlanner"));
    m_browser->setObjectName(u"aboutText"_s);
    m_browser->setOpenExternalLinks(false);
    m_browser->setHtml(html(statistics, pack));
    m_browser->setAccessibleName(tr("About CareerPlanner"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(640, 520);
}

QString AboutDialog::text() const
{
    return m_browser->toPlainText();
}

QString AboutDialog::html(const QList<SalaryStatistic> &statistics, const MarketPack &pack)
{
    // The market-data pack: one line per survey and year, with its publisher and address.
    QStringList packSources;
    QSet<QString> seenSurveys;
    for (const MarketFigure &figure : pack.figures) {
        const QString key = figure.citation() + u'\n' + figure.url;
        if (seenSurveys.contains(key))
            continue;
        seenSurveys.insert(key);
        packSources.append(u"<li>%1 — %2</li>"_s.arg(figure.citation().toHtmlEscaped(),
                                                     figure.url.toHtmlEscaped()));
    }
    QStringList sources;
    QSet<QString> seen;
    for (const SalaryStatistic &statistic : statistics) {
        const QString line = tr("%1 (cited %2)").arg(statistic.source).arg(statistic.asOfYear);
        if (seen.contains(line))
            continue;
        seen.insert(line);
        sources.append(u"<li>%1</li>"_s.arg(line.toHtmlEscaped()));
    }
    if (sources.isEmpty())
        sources.append(u"<li>%1</li>"_s.arg(tr("No statistics in the database.").toHtmlEscaped()));
    const auto paragraph = [](const QString &text) {
        return u"<p>%1</p>"_s.arg(text.toHtmlEscaped());
    };
    QString html = u"<h2>CareerPlanner %1</h2>"_s.arg(QCoreApplication::applicationVersion());
    html += paragraph(tr("Plans an IT engineer's income and skills from public salary statistics "
                         "and the listings you collect."));
    html += paragraph(tr("Private and offline: no account, no telemetry, no network access. "
                         "Everything stays in one database file on this computer."));
    html += paragraph(tr("Licence: MIT. Built with Qt %1.").arg(QString::fromLatin1(qVersion())));
    html += u"<h3>%1</h3>"_s.arg(tr("Market data in use").toHtmlEscaped());
    html += paragraph(tr("%1: %2 figures from %3 surveys and pages. Import a newer pack with "
                         "File › Import market data….")
                          .arg(pack.label())
                          .arg(pack.figures.size())
                          .arg(packSources.size()));
    html += u"<ul>%1</ul>"_s.arg(packSources.join(QString()));
    html += u"<h3>%1</h3><ul>%2</ul>"_s.arg(tr("Chart statistics").toHtmlEscaped(),
                                            sources.join(QString()));
    html += paragraph(tr("The model's weights (data/model_parameters.json) and the roadmap's "
                         "effort estimates (data/roadmap_steps.json) are CareerPlanner's own, "
                         "each written down with its reason. Estimates are not offers."));
    return html;
}
