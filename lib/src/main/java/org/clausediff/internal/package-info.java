/**
 * Helpers shared by several stages that are not part of the API: no compatibility promise, do not
 * use from outside clausediff.
 */
package org.clausediff.internal;
