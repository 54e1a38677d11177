/**
 * What a district makes of micro-credentials: which ones it approves and what each is worth, incentive rules
 * (licensure renewal hours, CEUs, salary steps and stipends), each teacher's standing, adoption and impact reports
 * and exports for payroll and licensure. Reports come from a read model fed by the other modules' events, never
 * from joins over evidence.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Districts")
package org.microcred.district;
