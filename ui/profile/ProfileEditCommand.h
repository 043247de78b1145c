#pragma once

#include "core/Profile.h"

#include <QUndoCommand>

class ProfilePage;

// One pause in editing the profile form: the profile before and after. The form is already
// in the "after" state when the command is pushed, so the first redo does nothing.
class ProfileEditCommand : public QUndoCommand
{
public:
    ProfileEditCommand(ProfilePage *page, Profile before, Profile after);

    void undo() override;
    void redo() override;

private:
    ProfilePage *m_page;
    Profile m_before;
    Profile m_after;
    bool m_applied = true;
};
