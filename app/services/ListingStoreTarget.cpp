#include "ListingStoreTarget.h"

bool ListingStoreTarget::open(QString *error)
{
    if (m_team) {
        m_teamDatabase = std::make_shared<TeamDatabase>();
        if (m_teamDatabase->open(*m_team))
            return true;
        if (error)
            *error = m_teamDatabase->lastError();
        return false;
    }
    m_local = std::make_shared<Database>();
    if (m_local->open(m_localPath))
        return true;
    if (error)
        *error = m_local->lastError();
    return false;
}

QSqlDatabase ListingStoreTarget::connection() const
{
    if (m_teamDatabase)
        return m_teamDatabase->connection();
    return m_local ? m_local->connection() : QSqlDatabase();
}
