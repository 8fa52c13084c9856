// Holds the compiled translations as resources; see CMakeLists.txt.
namespace sitrep::translations {
int version()
{
    return 1;
}
} // namespace sitrep::translations
