#include "widgets/MoneySpinBox.h"

#include "core/MoneyFormat.h"

#include <cmath>

namespace {
constexpr qint64 maximumYen = 1'000'000'000;
}

MoneySpinBox::MoneySpinBox(QWidget *parent) : QDoubleSpinBox(parent)
{
    setGroupSeparatorShown(true);
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    applyLocale();
    connect(this, &QDoubleSpinBox::valueChanged, this, [this]() { emit yenChanged(yen()); });
}

qint64 MoneySpinBox::yen() const
{
    return std::llround(value() * m_yenPerUnit);
}

void MoneySpinBox::setYen(qint64 yen)
{
    setValue(double(yen) / m_yenPerUnit);
}

void MoneySpinBox::applyLocale()
{
    const qint64 current = yen();
    const QLocale locale;
    setLocale(locale);
    const bool man = MoneyFormat::axisUnit(locale) == QStringLiteral("万円");
    m_yenPerUnit = man ? 10'000.0 : 1'000'000.0;
    setDecimals(man ? 0 : 2);
    setSingleStep(man ? 10 : 0.1);
    setPrefix(man ? QString() : QStringLiteral("¥"));
    setSuffix(man ? QStringLiteral(" 万円") : tr(" million"));
    setRange(0, double(maximumYen) / m_yenPerUnit);
    setYen(current);
}
