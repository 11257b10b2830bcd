// SPDX-License-Identifier: GPL-3.0-or-later
#include "message_banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace han::ui {

MessageBanner::MessageBanner(QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close message"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    m_action->setObjectName(QStringLiteral("messageBannerAction"));
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, [this] {
        const std::function<void()> action = m_onAction;
        hide();
        if (action)
            action();
    });
    layout->addWidget(m_action);
    layout->addWidget(m_close);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    m_hideTimer.setObjectName(QStringLiteral("message_banner.hideTimer"));
    m_hideTimer.setSingleShot(true);
    connect(&m_hideTimer, &QTimer::timeout, this, &QWidget::hide);
    hide();
}

void MessageBanner::showMessage(const QString& text, Kind kind, int timeoutMs)
{
    m_kind = kind;
    m_label->setText(text);
    m_action->hide();
    m_onAction = nullptr;
    // Colours that read in light and dark palettes alike: a tinted background, normal text.
    QColor tint;
    switch (kind) {
    case Kind::Info:
        tint = QColor(0x3d, 0x8b, 0xfd);
        break;
    case Kind::Success:
        tint = QColor(0x2e, 0xa0, 0x43);
        break;
    case Kind::Warning:
        tint = QColor(0xe3, 0xa0, 0x08);
        break;
    case Kind::Error:
        tint = QColor(0xd1, 0x24, 0x2f);
        break;
    }
    QPalette pal = palette();
    const QColor base = parentWidget() ? parentWidget()->palette().color(QPalette::Window)
                                       : pal.color(QPalette::Window);
    QColor mixed;
    mixed.setRgbF(base.redF() * 0.75f + tint.redF() * 0.25f,
                  base.greenF() * 0.75f + tint.greenF() * 0.25f,
                  base.blueF() * 0.75f + tint.blueF() * 0.25f);
    pal.setColor(QPalette::Window, mixed);
    setPalette(pal);
    show();
    if (timeoutMs > 0)
        m_hideTimer.start(timeoutMs);
    else
        m_hideTimer.stop();
}

void MessageBanner::setAction(const QString& text, std::function<void()> action)
{
    m_action->setText(text);
    m_onAction = std::move(action);
    m_action->show();
}

QString MessageBanner::text() const
{
    return m_label->text();
}

} // namespace han::ui
