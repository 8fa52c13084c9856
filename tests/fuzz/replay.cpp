// Replays a fuzz target's corpus in an ordinary build: every file under the folders given is
// fed once to LLVMFuzzerTestOneInput, as libFuzzer would feed it. The corpus holds the seeds and
// every crasher ever found, so ctest keeps a fixed crash fixed without clang or libFuzzer.
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    int replayed = 0;
    for (int i = 1; i < argc; ++i) {
        for (const auto &entry : std::filesystem::recursive_directory_iterator(argv[i])) {
            if (!entry.is_regular_file())
                continue;
            std::ifstream file(entry.path(), std::ios::binary);
            const std::vector<uint8_t> input((std::istreambuf_iterator<char>(file)),
                                             std::istreambuf_iterator<char>());
            std::printf("%s\n", entry.path().c_str());
            std::fflush(stdout);
            LLVMFuzzerTestOneInput(input.data(), input.size());
            ++replayed;
        }
    }
    if (replayed == 0) {
        std::fprintf(stderr, "No corpus files to replay.\n");
        return 1;
    }
    std::printf("%d inputs replayed\n", replayed);
    return 0;
}
