#pragma once

class QChart;
class QPalette;

// Qt Charts draws white whatever the desktop's colours are. This paints a chart's
// background, text, axes and grid from a palette (the window's, so a dark desktop gets a dark
// chart), leaving the series' own colours alone: they carry meaning.
namespace ChartPalette {
void apply(QChart *chart, const QPalette &palette);
}
