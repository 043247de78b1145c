#include "widgets/AccessibleNames.h"

#include <QLabel>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace AccessibleNames {

void fromBuddies(QWidget *root)
{
    static const QRegularExpression accelerator(u"\\(&.\\)|&(?=.)"_s);
    static const QRegularExpression trailing(u"[:：\\s]+$"_s);
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (!label->buddy())
            continue;
        QString name = label->text();
        name.remove(accelerator);
        name.remove(trailing);
        if (!name.isEmpty())
            label->buddy()->setAccessibleName(name);
    }
}

} // namespace AccessibleNames
