#pragma once

// Placeholder: filled in by the work on issue 16.
