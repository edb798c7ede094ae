/* bil-test-corpus.h: the embedded seed corpus, for the tests that draw it
 *
 * Copyright 2026 The Bilateral authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bil-corpus.h"

G_BEGIN_DECLS

BilCorpus *bil_test_seeds (void);

G_END_DECLS
