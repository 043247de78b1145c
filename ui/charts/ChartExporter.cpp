#include "charts/ChartExporter.h"

#include <QChartView>
#include <QClipboard>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

using namespace Qt::StringLiterals;

bool ChartExporter::save(QChartView *view, const QString &path, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png"_s)
        return savePng(view, path, error);
    if (suffix == u"svg"_s)
        return saveSvg(view, path, view->chart() ? view->chart()->title() : QString(), error);
    if (error)
        *error = tr("%1: the file name must end in .png or .svg").arg(path);
    return false;
}

bool ChartExporter::savePng(QChartView *view, const QString &path, QString *error)
{
    QImage image(view->size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        view->render(&painter);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        if (error)
            *error = tr("%1: cannot write the image: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ChartExporter::saveSvg(QChartView *view, const QString &path, const QString &title,
                            QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1: cannot write the image: %2").arg(path, file.errorString());
        return false;
    }
    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    generator.setSize(view->size());
    generator.setViewBox(QRect(QPoint(0, 0), view->size()));
    generator.setTitle(title);
    generator.setDescription(tr("Chart exported from CareerPlanner"));
    {
        QPainter painter(&generator);
        view->render(&painter);
    }
    if (!file.commit()) {
        if (error)
            *error = tr("%1: cannot write the image: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void ChartExporter::copyToClipboard(QChartView *view)
{
    QGuiApplication::clipboard()->setPixmap(view->grab());
}
