#pragma once

#include "core/SalaryStatistic.h"
#include "core/market/MarketPack.h"

#include <QDialog>
#include <QList>

class QTextBrowser;

// Version, licence, the promise of privacy, and every data source the figures come from with
// the year it was cited, so the user can check them.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    AboutDialog(const QList<SalaryStatistic> &statistics, const MarketPack &pack,
                QWidget *parent = nullptr);

    QString text() const; // the dialog's text, as plain text (for tests and screen readers)
    static QString html(const QList<SalaryStatistic> &statistics, const MarketPack &pack);

private:
    QTextBrowser *m_browser;
};
