#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QString>

class QChartView;

// Writes a chart as it is drawn: PNG (a bitmap at the view's size or a given size), SVG (a
// vector file via QSvgGenerator), or the clipboard. The window and `careerplanner chart` use it.
class ChartExporter
{
    Q_DECLARE_TR_FUNCTIONS(ChartExporter)

public:
    // Chooses the format from the file's suffix (.png or .svg).
    static bool save(QChartView *view, const QString &path, QString *error);
    static bool savePng(QChartView *view, const QString &path, QString *error);
    static bool saveSvg(QChartView *view, const QString &path, const QString &title,
                        QString *error);
    static void copyToClipboard(QChartView *view);
};
