package org.microcred.organization.roster;

import java.util.ArrayList;
import java.util.List;

import org.microcred.organization.RosterProblem;
import org.microcred.platform.Msg;

/** Collects what is wrong with the uploaded files, each with its file, row and column where known. */
public final class Problems {

	private final List<RosterProblem> list = new ArrayList<>();

	public void add(String file, Integer row, String column, Msg message) {
		list.add(new RosterProblem(file, row, column, message));
	}

	public List<RosterProblem> list() {
		return list;
	}

	public boolean isEmpty() {
		return list.isEmpty();
	}

}
