/** {@code GET /glossary}: the A–Z of the terms the articles use, with plain wording and definitions. */
package org.attune.web.glossary;
