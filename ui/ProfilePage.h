#pragma once

#include "core/Profile.h"
#include "core/SkillCatalogue.h"
#include "storage/ProfileStore.h"

#include <QWidget>

class QTimer;

#include <memory>

namespace Ui {
class ProfilePage;
}

// The profile form. Saving adds a dated entry to the profile history in the database; the
// newest entry is loaded at start.
class ProfilePage : public QWidget
{
    Q_OBJECT

public:
    ProfilePage(ProfileStore store, const SkillCatalogue &catalogue, QWidget *parent = nullptr);
    ~ProfilePage() override;

    Profile profile() const;
    void setProfile(const Profile &profile);
    bool isModified() const { return m_modified; }

public slots:
    bool save();
    void revert();

signals:
    void profileSaved(const Profile &profile);
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

    std::unique_ptr<Ui::ProfilePage> m_ui;
    QTimer *m_editedTimer;
    ProfileStore m_store;
    bool m_modified = false;
    bool m_loading = false;
};
