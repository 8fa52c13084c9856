// The resources library holds only compiled-in data; this file gives the static library a
// translation unit of its own.
namespace sitrep::resources {
int version()
{
    return 1;
}
} // namespace sitrep::resources
