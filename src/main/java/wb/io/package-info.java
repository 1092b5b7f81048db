/**
 * File utilities every layer shares: atomic writes. It imports nothing of wb.
 */
package wb.io;
