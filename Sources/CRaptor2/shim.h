#include <raptor2.h>

/// `raptor_new_world()` is a macro in raptor2.h and is not imported by Swift.
static inline raptor_world *citykg_raptor_new_world(void) {
    return raptor_new_world_internal(RAPTOR_VERSION);
}
