package io.yusuan.performance.scoring;

/** An evaluation that cannot be scored as given: weights that do not add up, a grade value outside its band, … */
public class InvalidEvaluationException extends IllegalArgumentException {

    public InvalidEvaluationException(String message) {
        super(message);
    }
}
