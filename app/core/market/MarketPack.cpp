#include "MarketPack.h"

using namespace Qt::StringLiterals;

namespace {
QString indexKey(const QString &section, const QString &key)
{
    return section + u'\n' + key;
}
} // namespace

QString MarketPack::label() const
{
    return tr("market data %1 (retrieved %2)").arg(version, retrieved);
}

void MarketPack::rebuildIndex()
{
    m_index.clear();
    for (qsizetype i = 0; i < figures.size(); ++i) {
        const QString key = indexKey(figures.at(i).section, figures.at(i).key);
        if (!m_index.contains(key))
            m_index.insert(key, i);
    }
}

QList<const MarketFigure *> MarketPack::section(const QString &name) const
{
    QList<const MarketFigure *> found;
    for (const MarketFigure &figure : figures) {
        if (figure.section == name)
            found.append(&figure);
    }
    return found;
}

const MarketFigure *MarketPack::find(const QString &sectionName, const QString &key) const
{
    const auto it = m_index.constFind(indexKey(sectionName, key));
    return it == m_index.constEnd() ? nullptr : &figures.at(*it);
}

QList<const MarketFigure *> MarketPack::withPrefix(const QString &sectionName,
                                                   const QString &prefix) const
{
    QList<const MarketFigure *> found;
    for (const MarketFigure &figure : figures) {
        if (figure.section == sectionName && figure.key.startsWith(prefix))
            found.append(&figure);
    }
    return found;
}

int MarketPack::compareVersions(const QString &a, const QString &b)
{
    const QStringList left = a.split(u'.');
    const QStringList right = b.split(u'.');
    for (qsizetype i = 0; i < std::max(left.size(), right.size()); ++i) {
        const int l = i < left.size() ? left.at(i).toInt() : 0;
        const int r = i < right.size() ? right.at(i).toInt() : 0;
        if (l != r)
            return l < r ? -1 : 1;
    }
    return 0;
}
