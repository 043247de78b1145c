#pragma once

class QWidget;

// Screen readers announce a field by its accessible name. Forms label their fields with a
// QLabel whose buddy is the field; this gives each such field the label's text (without the
// accelerator "&" and the trailing colon) as its name. Call again after a language change.
namespace AccessibleNames {
void fromBuddies(QWidget *root);
}
