#pragma once

#include "core/takehome/TakeHomeResult.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// A take-home result as the command prints it: a table of the steps with their formulas and
// sources, or JSON with the keys a script reads (grossYen, socialInsuranceYen, incomeTaxYen,
// residentTaxYen, businessTaxYen, consumptionTaxYen, netYen, lines[]).
class TakeHomeFormatter
{
    Q_DECLARE_TR_FUNCTIONS(TakeHomeFormatter)

public:
    static QString text(const TakeHomeResult &result);
    static QJsonObject json(const TakeHomeResult &result);
    static QString kindKey(TakeHomeLine::Kind kind);
};
