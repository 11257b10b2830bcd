// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "meter_settings.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QRadioButton;

namespace han::ui {

// The Meter page of the settings: how the history reads one meter's clock (follows daylight
// saving time, standard time all year, learned from this computer's clock) and the
// power-of-ten corrections for meters that differ from the Norwegian data sheet. It only shows
// and edits a MeterSettings; SettingsDialog loads and stores it. GUI thread only.
class MeterSettingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MeterSettingsPanel(QWidget* parent = nullptr);

    // `meterId` empty: no meter has been seen yet; the panel says so and cannot be edited.
    // `description` names the meter for people ("Kamstrup 6841131BN243101040, meter …").
    void setMeter(const QString& meterId, const QString& description,
                  const MeterSettings& settings);
    QString meterId() const { return m_meterId; }
    bool hasMeter() const { return !m_meterId.isEmpty(); }

    // The settings as the widgets show them.
    MeterSettings meterSettings() const;
    void setMeterSettings(const MeterSettings& settings);

private:
    QWidget* createClockGroup();
    QWidget* createScaleGroup();

    QString m_meterId;
    QLabel* m_meterLabel = nullptr;
    QWidget* m_editors = nullptr;
    QRadioButton* m_followsDst = nullptr;
    QRadioButton* m_standardTime = nullptr;
    QRadioButton* m_learned = nullptr;
    QComboBox* m_energyShift = nullptr;
    QComboBox* m_powerShift = nullptr;
    QComboBox* m_currentShift = nullptr;
    QComboBox* m_voltageShift = nullptr;
};

} // namespace han::ui
