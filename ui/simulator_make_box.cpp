// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator_make_box.h"

#include "meter_keys.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace han::ui {
namespace {

using Make = SimulatorSettings::Make;

// A key in groups of four, as grid companies print them.
QString grouped(const QByteArray& key)
{
    const QString hex = MeterKeys::keyToHex(key);
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4);
    return groups.join(QLatin1Char(' '));
}

QLabel* note(QWidget* parent, const char* objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

SimulatorMakeBox::SimulatorMakeBox(Make make, bool encrypted, QWidget* parent) : QWidget(parent)
{
    m_make = new QComboBox(this);
    m_make->setObjectName(QStringLiteral("simulatorMake"));
    m_make->addItem(tr("Kamstrup (Norway)"), static_cast<int>(Make::KamstrupNorway));
    m_make->addItem(tr("Kamstrup (Denmark), power and energy per phase"),
                    static_cast<int>(Make::KamstrupDenmark));
    m_make->addItem(tr("Aidon (Norway)"), static_cast<int>(Make::Aidon));
    m_make->addItem(tr("Kaifa (Norway)"), static_cast<int>(Make::Kaifa));
    m_make->setToolTip(tr("Which meter the simulated household has: its lists, their timing and "
                          "their scaling are those of that make"));
    m_make->setCurrentIndex(std::max(0, m_make->findData(static_cast<int>(make))));

    m_encrypted = new QCheckBox(tr("&Encrypted, as Danish meters send"), this);
    m_encrypted->setObjectName(QStringLiteral("simulatorEncrypted"));
    m_encrypted->setChecked(encrypted);

    const MeterKeys keys = SimulatorSettings::demoKeys();
    m_keys = note(this, "simulatorKeys");
    m_keys->setText(tr("The simulated meter encrypts with these published test keys, which the "
                       "app uses by itself:\nencryption key %1\nauthentication key %2")
                        .arg(grouped(keys.encryption), grouped(keys.authentication)));
    m_parity = note(this, "simulatorParity");
    m_parity->setText(tr("This meter sends with even parity (8E1). With the parity on Auto the "
                         "app finds it by itself within half a minute."));

    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Me&ter:"), m_make);
    form->addRow(QString(), m_encrypted);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_keys);
    layout->addWidget(m_parity);

    connect(m_make, &QComboBox::currentIndexChanged, this, [this] {
        // Danish meters encrypt: choosing one suggests it, and the user may still untick it.
        if (this->make() == Make::KamstrupDenmark)
            m_encrypted->setChecked(true);
        updateNotes();
    });
    connect(m_encrypted, &QCheckBox::toggled, this, &SimulatorMakeBox::updateNotes);
    updateNotes();
}

SimulatorSettings::Make SimulatorMakeBox::make() const
{
    return static_cast<Make>(m_make->currentData().toInt());
}

bool SimulatorMakeBox::encrypted() const
{
    return m_encrypted->isChecked();
}

void SimulatorMakeBox::updateNotes()
{
    m_keys->setVisible(m_encrypted->isChecked());
    m_parity->setVisible(make() == Make::Aidon || make() == Make::Kaifa);
}

} // namespace han::ui
