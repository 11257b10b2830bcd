// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "meter_keys.h"

#include <QGroupBox>

class QCheckBox;
class QGridLayout;
class QLabel;
class QLineEdit;

namespace han::ui {

// The connection dialog's two key fields for an encrypted meter (PROTOCOL.md §9.1): the
// encryption key (GUEK / GPK60) and the authentication key (GAK / GPK61), 32 hex digits each,
// checked as the user types ("12 of 32 digits", a character that is no hex digit named), masked
// until "Show keys" is ticked. Either may stay empty: most Norwegian meters need none, and a
// meter that only encrypts needs no authentication key. The panel never stores anything; the
// dialog saves keys() in the KeyStore.
class MeterKeysPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit MeterKeysPanel(QWidget* parent = nullptr);

    // Fills both fields (grouped by four digits) and marks them unmodified.
    void setKeys(const MeterKeys& keys);
    // The keys as typed; only meaningful when incompleteReason() is empty.
    MeterKeys keys() const;
    // Whether the user changed a field since setKeys().
    bool isModified() const { return m_modified; }
    // Why the keys cannot be saved yet, empty when they can (both fields empty counts).
    QString incompleteReason() const;
    // A sentence under the fields: where the keys are kept.
    void setLocation(const QString& text);

    QLineEdit* encryptionField() const { return m_encryption; }
    QLineEdit* authenticationField() const { return m_authentication; }

    // What a field's status line says for `text`: "12 of 32 digits", a foreign character, …
    static QString status(const QString& text);

signals:
    void changed();

private:
    QLineEdit* addKeyRow(QGridLayout* grid, int row, const QString& label, const QString& tip,
                         const char* name, QLabel*& status);
    void updateStatus();

    QLineEdit* m_encryption = nullptr;
    QLineEdit* m_authentication = nullptr;
    QLabel* m_encryptionStatus = nullptr;
    QLabel* m_authenticationStatus = nullptr;
    QCheckBox* m_show = nullptr;
    QLabel* m_location = nullptr;
    bool m_modified = false;
    bool m_filling = false;
};

} // namespace han::ui
