#pragma once

#include <QDoubleSpinBox>

// An amount of yen edited in the unit readers of the UI language think in: whole 万円 in
// Japanese, millions of yen with two decimals otherwise. The value kept is always yen.
class MoneySpinBox : public QDoubleSpinBox
{
    Q_OBJECT

public:
    explicit MoneySpinBox(QWidget *parent = nullptr);

    qint64 yen() const;
    void setYen(qint64 yen);
    // Re-reads the unit from the current default locale (after a language switch).
    void applyLocale();

signals:
    void yenChanged(qint64 yen);

private:
    double m_yenPerUnit = 10'000;
};
