// SPDX-License-Identifier: GPL-3.0-or-later
// Decoding throughput (issue 7, benchmark 1): the real pipeline (HdlcFramer -> DlmsDecoder ->
// ListMapper into a MeterReading, as the acquisition worker drives it through StreamDecoder)
// against two ceilings in the same run: a memchr scan for flags and a minimal reference decoder.
// Also encrypted frames (issue 9): the pipeline with GloCipher, and GloCipher alone.
// Input: the real frames of tests/data repeated in memory to 50 MiB (DecodeInput).
// Prints Google Benchmark's table, then BENCH lines for scripts/bench (bench_line.h).
//
// usage: decode_bench [Google Benchmark options, e.g. --benchmark_filter=Pipeline]
#include "allocation_counter.h"
#include "bench_line.h"
#include "collecting_reporter.h"
#include "decode_input.h"
#include "reference_decoder.h"

#include "frame_encoder.h"
#include "glo_cipher.h"
#include "stream_decoder.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace {

constexpr std::size_t kInputBytes = 50U << 20;
constexpr double kMB = 1e6;

const han::bench::DecodeInput& input()
{
    static const han::bench::DecodeInput built = [] {
        QString error;
        han::bench::DecodeInput in =
            han::bench::DecodeInput::build(QStringLiteral(HAN_TEST_DATA_DIR), kInputBytes, error);
        if (in.size() == 0)
            std::fprintf(stderr, "decode_bench: %s\n", qPrintable(error));
        return in;
    }();
    return built;
}

// What the acquisition worker's sink touches: the reading's values (it copies the reading and
// emits it; that copy and the queued signal are the worker's cost, not decoding's).
class CountingSink : public han::StreamDecoder::Sink
{
public:
    void readingDecoded(const han::MeterReading& reading, const han::HdlcFrame&) override
    {
        ++readings;
        checksum += reading.activeImportW.value_or(0.0) + reading.activeImportWh.value_or(0.0) +
                    static_cast<double>(reading.meterId.size());
    }
    void frameRejected(const han::FrameError&) override { ++rejected; }

    std::uint64_t readings = 0;
    std::uint64_t rejected = 0;
    double checksum = 0.0;
};

void feedAll(han::StreamDecoder& decoder, const std::uint8_t* data, std::size_t size,
             std::size_t chunk, CountingSink& sink)
{
    for (std::size_t at = 0; at < size; at += chunk)
        decoder.feed(data + at, std::min(chunk, size - at), sink);
}

// The pipeline fed in chunks of state.range(0) bytes, as a serial port hands them over.
void BM_Pipeline(benchmark::State& state)
{
    const auto& in = input();
    const auto chunk = static_cast<std::size_t>(state.range(0));
    han::StreamDecoder decoder;
    CountingSink sink;
    // Warm-up: one pass over the real frames sizes every reused buffer and interns the strings.
    feedAll(decoder, in.data(), in.cycleBytes(), chunk, sink);
    if (sink.readings != in.cycleFrames() || sink.rejected != 0) {
        state.SkipWithError("the warm-up pass did not decode every frame");
        return;
    }
    sink = CountingSink{};
    const std::uint64_t allocationsBefore = han::bench::allocationCount();
    for (auto _ : state) {
        feedAll(decoder, in.data(), in.size(), chunk, sink);
        benchmark::DoNotOptimize(sink.checksum);
    }
    const std::uint64_t allocations = han::bench::allocationCount() - allocationsBefore;
    // The warm-up ended mid-stream at a frame boundary, so every pass decodes every frame.
    if (sink.readings != in.frames() * state.iterations() || sink.rejected != 0) {
        state.SkipWithError("the pipeline did not decode every frame");
        return;
    }
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(in.size()));
    state.counters["frames_per_s"] =
        benchmark::Counter(static_cast<double>(sink.readings), benchmark::Counter::kIsRate);
    state.counters["allocs_per_frame"] =
        static_cast<double>(allocations) / static_cast<double>(sink.readings);
}
BENCHMARK(BM_Pipeline)->Arg(4096)->Arg(64)->Unit(benchmark::kMillisecond);

// Encrypted frames as a Danish Kamstrup meter sends them: E01's plaintext under E01's published
// keys, a new frame counter per frame, so each one is authenticated, decrypted and decoded.
struct EncryptedInput
{
    QByteArray stream;
    std::size_t frames = 0;
    han::MeterKeys keys;
};

const EncryptedInput& encryptedInput()
{
    static const EncryptedInput built = [] {
        EncryptedInput in;
        in.keys.encryption = QByteArray::fromHex("5AD84121D9D20B364B7A11F3C1B5827F");
        in.keys.authentication = QByteArray::fromHex("AFB3F93E3E7204EDB3C27F96DBD51AE0");
        QFile file(QStringLiteral(HAN_TEST_DATA_DIR "/other-meters/e01-plaintext.txt"));
        if (!file.open(QIODevice::ReadOnly))
            return in;
        const QByteArray plain = QByteArray::fromHex(file.readAll().trimmed().mid(4));
        const QByteArray title = QByteArray::fromHex("4B414D4501A4DC52");
        for (std::uint32_t counter = 1; counter <= 4000; ++counter) {
            in.stream += han::FrameEncoder::encodeFrame(
                QByteArray("\xE6\xE7\x00", 3) +
                han::GloCipher::encrypt(plain, title, counter, in.keys));
            ++in.frames;
        }
        return in;
    }();
    return built;
}

void BM_PipelineEncrypted(benchmark::State& state)
{
    const EncryptedInput& in = encryptedInput();
    const auto* data = reinterpret_cast<const std::uint8_t*>(in.stream.constData());
    const auto size = static_cast<std::size_t>(in.stream.size());
    han::StreamDecoder decoder;
    CountingSink sink;
    // Other keys and back: the frame counters are forgotten, so the same frames count as new.
    const auto pass = [&] {
        decoder.setKeys(han::MeterKeys{});
        decoder.setKeys(in.keys);
        feedAll(decoder, data, size, 4096, sink);
    };
    pass();
    if (in.frames == 0 || sink.readings != in.frames || sink.rejected != 0) {
        state.SkipWithError("the warm-up pass did not decode every encrypted frame");
        return;
    }
    sink = CountingSink{};
    const std::uint64_t allocationsBefore = han::bench::allocationCount();
    for (auto _ : state) {
        pass();
        benchmark::DoNotOptimize(sink.checksum);
    }
    const std::uint64_t allocations = han::bench::allocationCount() - allocationsBefore;
    if (sink.readings != in.frames * state.iterations() || sink.rejected != 0) {
        state.SkipWithError("the pipeline did not decode every encrypted frame");
        return;
    }
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(size));
    state.counters["frames_per_s"] =
        benchmark::Counter(static_cast<double>(sink.readings), benchmark::Counter::kIsRate);
    state.counters["allocs_per_frame"] =
        static_cast<double>(allocations) / static_cast<double>(sink.readings);
}
BENCHMARK(BM_PipelineEncrypted)->Unit(benchmark::kMillisecond);

// GloCipher alone on the same frames: authentication and decryption, no A-XDR, no mapping.
void BM_Decrypt(benchmark::State& state)
{
    const EncryptedInput& in = encryptedInput();
    const auto* data = reinterpret_cast<const std::uint8_t*>(in.stream.constData());
    const std::size_t frameSize = static_cast<std::size_t>(in.stream.size()) / in.frames;
    han::GloCipher cipher;
    std::vector<std::uint8_t> plain;
    han::GloCipher::Header header;
    const auto pass = [&] {
        std::size_t ok = 0;
        for (std::size_t i = 0; i < in.frames; ++i) {
            // The APDU: after flag, format, addresses, control, HCS and LLC; before FCS and flag.
            const std::uint8_t* apdu = data + i * frameSize + 11;
            ok += cipher.decrypt(apdu, frameSize - 14, in.keys, plain, header) ==
                  han::GloCipher::Status::Ok;
        }
        return ok;
    };
    if (in.frames == 0 || pass() != in.frames) {
        state.SkipWithError("GloCipher did not decrypt every frame");
        return;
    }
    std::uint64_t frames = 0;
    const std::uint64_t allocationsBefore = han::bench::allocationCount();
    for (auto _ : state)
        frames += pass();
    const std::uint64_t allocations = han::bench::allocationCount() - allocationsBefore;
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(in.stream.size()));
    state.counters["frames_per_s"] =
        benchmark::Counter(static_cast<double>(frames), benchmark::Counter::kIsRate);
    state.counters["allocs_per_frame"] =
        static_cast<double>(allocations) / static_cast<double>(frames);
}
BENCHMARK(BM_Decrypt)->Unit(benchmark::kMillisecond);

// Ceiling 1: nothing but finding the flags.
void BM_ReferenceMemchrFlags(benchmark::State& state)
{
    const auto& in = input();
    std::uint64_t flags = 0;
    for (auto _ : state) {
        const std::uint8_t* p = in.data();
        const std::uint8_t* const end = p + in.size();
        while (p < end) {
            const void* hit = std::memchr(p, 0x7E, static_cast<std::size_t>(end - p));
            if (hit == nullptr)
                break;
            ++flags;
            p = static_cast<const std::uint8_t*>(hit) + 1;
        }
        benchmark::DoNotOptimize(flags);
    }
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(in.size()));
    state.counters["flags_per_s"] =
        benchmark::Counter(static_cast<double>(flags), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ReferenceMemchrFlags)->Unit(benchmark::kMillisecond);

// Ceiling 2: frames found, HCS and FCS checked, A-XDR walked; nothing built.
void BM_ReferenceDecoder(benchmark::State& state)
{
    const auto& in = input();
    std::uint64_t frames = 0;
    for (auto _ : state) {
        const auto result = han::bench::ReferenceDecoder::decode(in.data(), in.size());
        if (result.frames != in.frames() || result.rejected != 0) {
            state.SkipWithError("the reference decoder did not decode every frame");
            return;
        }
        frames += result.frames;
        benchmark::DoNotOptimize(result.integerSum);
    }
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(in.size()));
    state.counters["frames_per_s"] =
        benchmark::Counter(static_cast<double>(frames), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ReferenceDecoder)->Unit(benchmark::kMillisecond);

double megabytesPerSecond(const han::bench::CollectingReporter& reporter, const std::string& name)
{
    return reporter.counter(name, "bytes_per_second") / kMB;
}

void printFigures(const han::bench::CollectingReporter& r)
{
    using han::bench::printBenchLine;
    const double pipeline = megabytesPerSecond(r, "BM_Pipeline/4096");
    const double pipelineSmall = megabytesPerSecond(r, "BM_Pipeline/64");
    const double reference = megabytesPerSecond(r, "BM_ReferenceDecoder");
    const double memchrScan = megabytesPerSecond(r, "BM_ReferenceMemchrFlags");
    if (pipeline > 0) {
        printBenchLine("decode_pipeline_4k", pipeline, "MB/s", ">=200",
                       "decoding: framer + A-XDR + MeterReading, 4 KiB reads");
        printBenchLine("decode_pipeline_4k_frames", r.counter("BM_Pipeline/4096", "frames_per_s"),
                       "frames/s", "-", "decoding, 4 KiB reads: frames");
        printBenchLine("decode_allocations", r.counter("BM_Pipeline/4096", "allocs_per_frame"),
                       "allocs/frame", "<=0", "decoding: heap allocations per frame, steady state");
    }
    if (pipelineSmall > 0)
        printBenchLine("decode_pipeline_64", pipelineSmall, "MB/s", ">=200",
                       "decoding, 64-byte reads");
    if (reference > 0) {
        printBenchLine("decode_reference", reference, "MB/s", "-",
                       "reference decoder (frames, HCS/FCS, A-XDR walk, nothing built)");
        printBenchLine("decode_reference_frames",
                       r.counter("BM_ReferenceDecoder", "frames_per_s"), "frames/s", "-",
                       "reference decoder: frames");
    }
    if (const double encrypted = megabytesPerSecond(r, "BM_PipelineEncrypted"); encrypted > 0) {
        printBenchLine("decode_encrypted", encrypted, "MB/s", "-",
                       "decoding encrypted frames (E01, AES-128-GCM), 4 KiB reads");
        printBenchLine("decode_encrypted_frames",
                       r.counter("BM_PipelineEncrypted", "frames_per_s"), "frames/s", "-",
                       "decoding encrypted frames: frames");
        printBenchLine("decode_encrypted_allocations",
                       r.counter("BM_PipelineEncrypted", "allocs_per_frame"), "allocs/frame", "<=0",
                       "decoding encrypted frames: heap allocations per frame, steady state");
    }
    if (const double decrypt = megabytesPerSecond(r, "BM_Decrypt"); decrypt > 0) {
        printBenchLine("decrypt", decrypt, "MB/s", "-",
                       "GloCipher alone: authenticate and decrypt E01-sized APDUs");
        printBenchLine("decrypt_allocations", r.counter("BM_Decrypt", "allocs_per_frame"),
                       "allocs/frame", "<=0", "GloCipher alone: heap allocations per frame");
    }
    if (memchrScan > 0)
        printBenchLine("decode_memchr", memchrScan, "MB/s", "-", "memchr scan for 0x7E flags");
    if (pipeline > 0 && reference > 0)
        printBenchLine("decode_ratio", 100.0 * pipeline / reference, "%", ">=80",
                       "decoding: pipeline (4 KiB reads) / reference decoder");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (!han::bench::allocationCounterWorks()) {
        std::fprintf(stderr, "decode_bench: the allocation counter is not in effect\n");
        return 1;
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    if (input().size() == 0)
        return 1;
    std::printf("input: %zu bytes, %zu frames (%zu real frames, %zu bytes, repeated)\n",
                input().size(), input().frames(), input().cycleFrames(), input().cycleBytes());
    han::bench::CollectingReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    printFigures(reporter);
    return 0;
}
