// SPDX-License-Identifier: GPL-3.0-or-later
#include "export_form.h"

#include "export_preferences.h"
#include "value_format.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>

#include <algorithm>

namespace han::ui {

namespace {

constexpr int kFirstUtcRole = Qt::UserRole + 1;
constexpr int kLastUtcRole = Qt::UserRole + 2;

QDate localDate(std::int64_t utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::systemTimeZone()).date();
}

// The locale's short date with a four-digit year: "14.10.2026", "10/14/2026".
QString dateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

template <typename T> void select(QComboBox* combo, T value)
{
    combo->setCurrentIndex(std::max(0, combo->findData(static_cast<int>(value))));
}

QLabel* buddyLabel(const QString& text, QWidget* buddy)
{
    auto* label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

} // namespace

ExportForm::ExportForm(const std::vector<MeterInfo>& meters, const QString& currentMeterId,
                       const ExportPreferences& preferences, QWidget* parent)
    : QWidget(parent), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_meter = new QComboBox(this);
    m_meter->setObjectName(QStringLiteral("meter"));
    m_meter->setToolTip(tr("The meter whose history is exported"));
    for (const MeterInfo& meter : meters) {
        m_meter->addItem(meter.meterType.isEmpty()
                             ? meter.meterId
                             : tr("%1 (type %2)").arg(meter.meterId, meter.meterType),
                         meter.meterId);
        const int i = m_meter->count() - 1;
        m_meter->setItemData(i, QVariant::fromValue(meter.firstUtcMs), kFirstUtcRole);
        m_meter->setItemData(i, QVariant::fromValue(meter.lastUtcMs), kLastUtcRole);
        m_meter->setItemData(i,
                             tr("%Ln reading(s) stored, from %1 to %2", nullptr,
                                static_cast<int>(meter.readingCount))
                                 .arg(ValueFormat::localDateTime(meter.firstUtcMs),
                                      ValueFormat::localDateTime(meter.lastUtcMs)),
                             Qt::ToolTipRole);
        if (meter.meterId == currentMeterId)
            m_meter->setCurrentIndex(i);
    }
    m_meter->setEnabled(m_meter->count() > 1);

    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("preset"));
    using P = ExportRange::Preset;
    for (const P p :
         {P::Today, P::Yesterday, P::ThisMonth, P::LastMonth, P::ThisYear, P::All, P::Custom})
        m_preset->addItem(ExportRange::presetName(p), static_cast<int>(p));
    m_preset->setToolTip(tr("A common period; or pick the first and last day yourself"));
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_from->setToolTip(tr("The first day exported, in local time (the day is included)"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("toDate"));
    m_to->setToolTip(tr("The last day exported, in local time (the day is included)"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(dateFormat());
    }
    auto* rangeRow = new QHBoxLayout;
    rangeRow->addWidget(m_preset);
    rangeRow->addSpacing(12);
    rangeRow->addWidget(buddyLabel(tr("&From"), m_from));
    rangeRow->addWidget(m_from);
    rangeRow->addWidget(buddyLabel(tr("&to"), m_to));
    rangeRow->addWidget(m_to);
    rangeRow->addStretch(1);

    m_resolution = new QComboBox(this);
    m_resolution->setObjectName(QStringLiteral("resolution"));
    m_resolution->addItem(tr("Hourly — energy per hour (kWh)"),
                          static_cast<int>(CsvExporter::Resolution::Hourly));
    m_resolution->addItem(tr("Daily — energy per day (kWh)"),
                          static_cast<int>(CsvExporter::Resolution::Daily));
    m_resolution->addItem(tr("Raw — every reading (power, currents, voltages)"),
                          static_cast<int>(CsvExporter::Resolution::Raw));
    m_resolution->setToolTip(
        tr("Hourly and daily: imported and exported energy from the meter's registers, with a "
           "quality column.\nRaw: every reading as the meter sent it, about one every 10 s "
           "(large files)."));
    select(m_resolution, preferences.resolution);

    m_dialect = new QComboBox(this);
    m_dialect->setObjectName(QStringLiteral("dialect"));
    m_dialect->addItem(tr("Standard CSV — comma between cells, decimal point"),
                       static_cast<int>(CsvWriter::Dialect::Rfc4180));
    m_dialect->addItem(tr("Nordic spreadsheet — semicolon between cells, decimal comma"),
                       static_cast<int>(CsvWriter::Dialect::Nordic));
    m_dialect->setToolTip(
        tr("Excel set to Norwegian, Danish or Swedish opens the Nordic file directly; other "
           "programs and other languages read standard CSV."));
    select(m_dialect, preferences.dialect);

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("filePath"));
    m_path->setToolTip(tr("Where the CSV file is written"));
    m_suggestedName = QStringLiteral("han.csv");
    m_path->setText(QDir::toNativeSeparators(QDir(preferences.folder()).filePath(m_suggestedName)));
    auto* browseButton = new QPushButton(tr("&Browse…"), this);
    browseButton->setObjectName(QStringLiteral("browse"));
    browseButton->setToolTip(tr("Choose the folder and name of the file"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browseButton);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(buddyLabel(tr("&Meter:"), m_meter), m_meter);
    form->addRow(buddyLabel(tr("&Period:"), m_preset), rangeRow);
    form->addRow(buddyLabel(tr("Re&solution:"), m_resolution), m_resolution);
    form->addRow(buddyLabel(tr("Form&at:"), m_dialect), m_dialect);
    form->addRow(buddyLabel(tr("F&ile:"), m_path), fileRow);

    connect(m_meter, &QComboBox::currentIndexChanged, this, [this] {
        if (static_cast<P>(m_preset->currentData().toInt()) == P::All)
            applyPreset();
        emit changed();
    });
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ExportForm::applyPreset);
    connect(m_from, &QDateEdit::dateChanged, this, &ExportForm::datesEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &ExportForm::datesEdited);
    connect(m_resolution, &QComboBox::currentIndexChanged, this, &ExportForm::updateSuggestedName);
    connect(m_dialect, &QComboBox::currentIndexChanged, this, &ExportForm::changed);
    connect(m_path, &QLineEdit::textChanged, this, &ExportForm::changed);
    connect(browseButton, &QPushButton::clicked, this, &ExportForm::browse);

    // Last month by default ("export last month to a spreadsheet"), unless the history began
    // this month.
    const auto span = meterSpan();
    const QDate monthStart(today().year(), today().month(), 1);
    select(m_preset, span && span->first >= monthStart ? P::ThisMonth : P::LastMonth);
    applyPreset();
}

void ExportForm::setClock(Clock clock)
{
    m_clock = std::move(clock);
    applyPreset();
}

QDate ExportForm::today() const
{
    return m_clock().toTimeZone(QTimeZone::systemTimeZone()).date();
}

CsvExporter::Options ExportForm::options() const
{
    CsvExporter::Options options;
    options.meterId = m_meter->currentData().toString();
    options.firstDay = m_from->date();
    options.lastDay = m_to->date();
    options.resolution = resolution();
    options.dialect = static_cast<CsvWriter::Dialect>(m_dialect->currentData().toInt());
    options.nowUtcMs = m_clock().toMSecsSinceEpoch();
    return options;
}

QString ExportForm::filePath() const
{
    const QString typed = QDir::fromNativeSeparators(m_path->text().trimmed());
    return typed.isEmpty() ? QString() : QFileInfo(typed).absoluteFilePath();
}

bool ExportForm::needsReplaceConfirmation(const QString& path) const
{
    return QFileInfo::exists(path) && path != QFileInfo(m_confirmedPath).absoluteFilePath();
}

bool ExportForm::hasMeters() const
{
    return m_meter->count() > 0;
}

QString ExportForm::unreadyReason() const
{
    if (!hasMeters())
        return tr("The history holds no readings yet: nothing to export.");
    if (!range().isValid())
        return tr("The first day is after the last.");
    if (filePath().isEmpty())
        return tr("Choose the file to write.");
    return {};
}

std::optional<ExportRange> ExportForm::meterSpan() const
{
    if (m_meter->currentIndex() < 0)
        return std::nullopt;
    return ExportRange{localDate(m_meter->currentData(kFirstUtcRole).toLongLong()),
                       localDate(m_meter->currentData(kLastUtcRole).toLongLong())};
}

ExportRange ExportForm::range() const
{
    return {m_from->date(), m_to->date()};
}

CsvExporter::Resolution ExportForm::resolution() const
{
    return static_cast<CsvExporter::Resolution>(m_resolution->currentData().toInt());
}

void ExportForm::applyPreset()
{
    const auto preset = static_cast<ExportRange::Preset>(m_preset->currentData().toInt());
    if (const auto r = ExportRange::forPreset(preset, today(), meterSpan())) {
        m_applyingPreset = true;
        m_from->setDate(r->first);
        m_to->setDate(r->last);
        m_applyingPreset = false;
    }
    updateSuggestedName();
}

void ExportForm::datesEdited()
{
    if (m_applyingPreset)
        return;
    {
        const QSignalBlocker blocker(m_preset);
        select(m_preset, ExportRange::presetOf(range(), today(), meterSpan()));
    }
    updateSuggestedName();
}

void ExportForm::updateSuggestedName()
{
    const QString name =
        QStringLiteral("han-%1-%2.csv")
            .arg(QLatin1String(CsvExporter::resolutionName(resolution())), range().fileStem());
    const QString path = filePath();
    if (path.isEmpty() || QFileInfo(path).fileName() == m_suggestedName) {
        const QString folder = path.isEmpty() ? QDir::homePath() : QFileInfo(path).path();
        m_path->setText(QDir::toNativeSeparators(QDir(folder).filePath(name)));
    }
    m_suggestedName = name;
    emit changed();
}

void ExportForm::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to CSV"), filePath(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    m_confirmedPath = path; // the file chooser has asked about replacing it
    m_path->setText(QDir::toNativeSeparators(path));
}

} // namespace han::ui
