/** Sign-in and user administration. */
@NullMarked
package de.heidelberg.partnerportal.security.ui;

import org.jspecify.annotations.NullMarked;
