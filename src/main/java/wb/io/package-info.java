/**
 * File utilities every layer shares: atomic writes, strict UTF-8 reading, output-folder claims.
 * It imports nothing of wb.
 */
package wb.io;
