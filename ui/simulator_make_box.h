// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulator_settings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;

namespace han::ui {

// The simulator page's choice of meter: which make the simulated meter acts as, and whether it
// encrypts its frames as Danish meters do. An encrypting simulator uses the published demo keys
// (SimulatorSettings::demoKeys), which the box shows; the session takes them with the simulator
// (AppSettings::sourceSpec), so nobody types them. Aidon and Kaifa get a word on their parity
// (8E1).
class SimulatorMakeBox : public QWidget
{
    Q_OBJECT

public:
    SimulatorMakeBox(SimulatorSettings::Make make, bool encrypted, QWidget* parent = nullptr);

    SimulatorSettings::Make make() const;
    bool encrypted() const;
    QComboBox* makeBox() const { return m_make; }

private:
    void updateNotes();

    QComboBox* m_make = nullptr;
    QCheckBox* m_encrypted = nullptr;
    QLabel* m_keys = nullptr;
    QLabel* m_parity = nullptr;
};

} // namespace han::ui
