// Replays fuzz inputs through one fuzz target's entry point in the ordinary (g++) build, so
// the seed corpus and every input that once crashed (tests/fuzz/regressions/<target>) stay
// regression tests of the ctest suite. Arguments: folders of inputs.
#include <QByteArray>
#include <QDir>
#include <QFile>

#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char *argv[])
{
    int replayed = 0;
    for (int i = 1; i < argc; ++i) {
        const QDir folder(QFile::decodeName(argv[i]));
        const QStringList files = folder.entryList(QDir::Files, QDir::Name);
        for (const QString &name : files) {
            QFile file(folder.filePath(name));
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(file.fileName()));
                return 1;
            }
            const QByteArray input = file.readAll();
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
            ++replayed;
        }
    }
    std::printf("%d inputs replayed without a crash\n", replayed);
    return replayed > 0 ? 0 : 1;
}
