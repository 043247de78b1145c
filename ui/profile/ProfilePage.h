#pragma once

#include "core/Profile.h"

#include <QWidget>

class QTimer;
class Session;
class QUndoStack;

#include <memory>

namespace Ui {
class ProfilePage;
}

// The profile form. Saving adds a dated entry to the profile history through the session; the
// newest entry is loaded at start, and a profile saved elsewhere (a roadmap step marked done)
// appears in the form. The analysis follows the form as the user types.
class ProfilePage : public QWidget
{
    Q_OBJECT

public:
    explicit ProfilePage(Session *session, QWidget *parent = nullptr);
    ~ProfilePage() override;

    Profile profile() const;
    void setProfile(const Profile &profile);
    bool isModified() const { return m_modified; }
    // A profile is in the database (or one is there but could not be read): read once, when
    // the page is built, and set when a profile is saved. The window's welcome and its
    // default-profile notice ask here instead of reading the profile again.
    bool hasSavedProfile() const { return m_hasSavedProfile; }
    // Each pause in editing is one step: the window's Edit menu undoes and redoes them.
    QUndoStack *undoStack() const { return m_undoStack; }
    // Puts a profile back into the form for undo or redo, without recording a new step.
    void restoreFromHistory(const Profile &profile);

    // Loads a profile file into the form as unsaved edits; on a malformed file returns false
    // with "<file>: <key path>: <expected>" in *error and leaves the form as it was.
    bool importProfile(const QString &path, QString *error);
    // Writes the form's profile atomically (the old file stays whole if writing fails).
    bool exportProfile(const QString &path, QString *error) const;

public slots:
    bool save();
    void revert();

signals:
    // The form's profile, a moment after the user stops typing (debounced), saved or not.
    void profileEdited(const Profile &profile);
    void modifiedChanged(bool modified);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setModified(bool modified);
    void retranslate();
    void fillChoices();
    void connectEdits();
    void editingPaused();
    void showSaved(const Profile &profile);

    std::unique_ptr<Ui::ProfilePage> m_ui;
    QTimer *m_editedTimer;
    QUndoStack *m_undoStack;
    Profile m_undoBase;     // the form as the newest undo step left it
    Profile m_savedProfile; // as loaded or last saved: "modified" means different from it
    bool m_restoring = false;
    Session *m_session;
    bool m_modified = false;
    bool m_hasSavedProfile = false;
    bool m_loading = false;
};
