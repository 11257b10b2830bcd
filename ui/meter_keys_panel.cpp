// SPDX-License-Identifier: GPL-3.0-or-later
#include "meter_keys_panel.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace han::ui {

namespace {

constexpr int kDigits = 2 * MeterKeys::kKeyBytes;

// "5AD8 4121 D9D2 …": as grid companies print them, easier to compare when shown.
QString grouped(const QByteArray& key)
{
    const QString hex = MeterKeys::keyToHex(key);
    QString out;
    for (qsizetype i = 0; i < hex.size(); i += 4) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += hex.mid(i, 4);
    }
    return out;
}

QChar firstForeign(const QString& text)
{
    for (const QChar c : text) {
        if (MeterKeys::hexDigitCount(QString(c)) < 0)
            return c;
    }
    return {};
}

} // namespace

MeterKeysPanel::MeterKeysPanel(QWidget* parent) : QGroupBox(tr("Meter keys"), parent)
{
    setObjectName(QStringLiteral("meterKeys"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Danish meters encrypt their data: your grid company (netselskab) sends you the two "
           "keys. Most Norwegian meters need none: leave the fields empty."),
        this);
    intro->setObjectName(QStringLiteral("meterKeysIntro"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    m_encryption =
        addKeyRow(grid, 0, tr("&Encryption key (GUEK / GPK60):"),
                  tr("The 32 hex digits the grid company calls GUEK, GPK60 or encryption key"),
                  "encryptionKey", m_encryptionStatus);
    m_authentication =
        addKeyRow(grid, 1, tr("A&uthentication key (GAK / GPK61):"),
                  tr("The 32 hex digits the grid company calls GAK, GPK61 or authentication key"),
                  "authenticationKey", m_authenticationStatus);
    layout->addLayout(grid);

    auto* bottom = new QHBoxLayout;
    m_show = new QCheckBox(tr("S&how keys"), this);
    m_show->setObjectName(QStringLiteral("showKeys"));
    m_show->setToolTip(tr("Show the digits instead of dots, to compare them with the letter"));
    connect(m_show, &QCheckBox::toggled, this, [this](bool shown) {
        const auto mode = shown ? QLineEdit::Normal : QLineEdit::Password;
        m_encryption->setEchoMode(mode);
        m_authentication->setEchoMode(mode);
    });
    bottom->addWidget(m_show);
    m_location = new QLabel(this);
    m_location->setObjectName(QStringLiteral("keyLocation"));
    m_location->setWordWrap(true);
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bottom->addWidget(m_location, 1);
    layout->addLayout(bottom);
    setTabOrder(m_encryption, m_authentication);
    setTabOrder(m_authentication, m_show);
    updateStatus();
}

QLineEdit* MeterKeysPanel::addKeyRow(QGridLayout* grid, int row, const QString& label,
                                     const QString& tip, const char* name, QLabel*& status)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(QLatin1String(name));
    edit->setEchoMode(QLineEdit::Password);
    edit->setToolTip(tip);
    edit->setPlaceholderText(tr("32 hex digits, spaces allowed"));
    // Room for 32 digits in groups of four, and a little for pasted separators.
    edit->setMaxLength(64);
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("0000 ")) * 8 + 16);
    auto* caption = new QLabel(label, this);
    caption->setBuddy(edit);
    status = new QLabel(this);
    status->setObjectName(QLatin1String(name) + QStringLiteral("Status"));
    // Under its field, where the longest message ("“Z” is not a hex digit …") has room.
    grid->addWidget(caption, 2 * row, 0);
    grid->addWidget(edit, 2 * row, 1);
    grid->addWidget(status, 2 * row + 1, 1);
    connect(edit, &QLineEdit::textChanged, this, [this] {
        if (!m_filling)
            m_modified = true;
        updateStatus();
        emit changed();
    });
    return edit;
}

QString MeterKeysPanel::status(const QString& text)
{
    const int digits = MeterKeys::hexDigitCount(text);
    if (digits < 0)
        return tr("“%1” is not a hex digit (0–9, A–F)").arg(firstForeign(text));
    if (digits == 0)
        return tr("not set");
    if (digits > kDigits)
        return tr("%1 digits: a key has %2").arg(digits).arg(kDigits);
    if (digits == kDigits)
        return tr("✓ complete");
    return tr("%1 of %2 digits").arg(digits).arg(kDigits);
}

void MeterKeysPanel::updateStatus()
{
    const std::pair<QLineEdit*, QLabel*> rows[] = {{m_encryption, m_encryptionStatus},
                                                   {m_authentication, m_authenticationStatus}};
    for (const auto& [edit, label] : rows) {
        const QString text = status(edit->text());
        label->setText(text);
        // Screen readers hear the status with the field; the dots say nothing.
        edit->setAccessibleDescription(text);
        const int digits = MeterKeys::hexDigitCount(edit->text());
        const bool bad = digits < 0 || digits > kDigits;
        QPalette pal = label->palette();
        pal.setColor(QPalette::WindowText,
                     bad ? QColor(0xd1, 0x24, 0x2f) : palette().color(QPalette::WindowText));
        label->setPalette(pal);
    }
}

void MeterKeysPanel::setKeys(const MeterKeys& keys)
{
    m_filling = true;
    m_encryption->setText(keys.encryption.isEmpty() ? QString() : grouped(keys.encryption));
    m_authentication->setText(keys.authentication.isEmpty() ? QString()
                                                            : grouped(keys.authentication));
    m_filling = false;
    m_modified = false;
    updateStatus();
}

MeterKeys MeterKeysPanel::keys() const
{
    MeterKeys keys;
    keys.encryption = MeterKeys::keyFromHex(m_encryption->text()).value_or(QByteArray());
    keys.authentication = MeterKeys::keyFromHex(m_authentication->text()).value_or(QByteArray());
    return keys;
}

QString MeterKeysPanel::incompleteReason() const
{
    const auto incomplete = [](const QLineEdit* edit) {
        const int digits = MeterKeys::hexDigitCount(edit->text());
        return digits != 0 && digits != kDigits;
    };
    if (incomplete(m_encryption))
        return tr("The encryption key is not complete: %1.").arg(status(m_encryption->text()));
    if (incomplete(m_authentication))
        return tr("The authentication key is not complete: %1.")
            .arg(status(m_authentication->text()));
    if (MeterKeys::hexDigitCount(m_encryption->text()) == 0 &&
        MeterKeys::hexDigitCount(m_authentication->text()) == kDigits)
        return tr("Enter the encryption key too: the authentication key alone decrypts "
                  "nothing.");
    return {};
}

void MeterKeysPanel::setLocation(const QString& text)
{
    m_location->setText(text);
}

} // namespace han::ui
