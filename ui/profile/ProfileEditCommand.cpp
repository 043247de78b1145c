#include "profile/ProfileEditCommand.h"

#include "profile/ProfilePage.h"

ProfileEditCommand::ProfileEditCommand(ProfilePage *page, Profile before, Profile after)
    : m_page(page), m_before(std::move(before)), m_after(std::move(after))
{
    setText(ProfilePage::tr("profile edit"));
}

void ProfileEditCommand::undo()
{
    m_page->restoreFromHistory(m_before);
    m_applied = false;
}

void ProfileEditCommand::redo()
{
    if (m_applied)
        return; // pushed after the edit happened
    m_page->restoreFromHistory(m_after);
    m_applied = true;
}
