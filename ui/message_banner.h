// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QTimer>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

namespace han::ui {

// A strip above the views for messages that need no dialog: "The house started exporting",
// "History could not be written: the disk is full". It is also where desktop notifications go
// when the desktop has no notification service.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Info,
        Success,
        Warning,
        Error
    };

    explicit MessageBanner(QWidget* parent = nullptr);

    // Shows `text`; it hides after `timeoutMs` (0: until closed or replaced).
    void showMessage(const QString& text, Kind kind = Kind::Info, int timeoutMs = 0);
    // A button beside the message that runs `action` and closes the banner; the next
    // showMessage() takes it away.
    void setAction(const QString& text, std::function<void()> action);
    QPushButton* actionButton() const { return m_action; }
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel* m_label = nullptr;
    QPushButton* m_action = nullptr;
    std::function<void()> m_onAction;
    QToolButton* m_close = nullptr;
    QTimer m_hideTimer;
    Kind m_kind = Kind::Info;
};

} // namespace han::ui
