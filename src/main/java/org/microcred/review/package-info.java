/**
 * Assessment: reviewer pools, the review queue, rubric scoring and decisions, calibration and inter-rater
 * agreement, appeals.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Review")
package org.microcred.review;
